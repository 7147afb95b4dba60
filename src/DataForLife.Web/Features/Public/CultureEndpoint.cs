using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;

namespace DataForLife.Web.Features.Public;

/// <summary>The language switch: remembers the choice in a cookie for a year and returns to the same page.</summary>
public static class CultureEndpoint
{
    public static IEndpointRouteBuilder MapCulture(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = Cultures.Supported.Contains(culture) ? culture : Cultures.Vietnamese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
