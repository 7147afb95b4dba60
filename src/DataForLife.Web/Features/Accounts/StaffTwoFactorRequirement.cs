using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Editions;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// When the current edition requires it, organisers and judges who signed in without a second factor are sent to set
/// one up before they reach anything else.
/// </summary>
public static class StaffTwoFactorRequirement
{
    private static readonly string[] AllowedPaths = ["/account", "/culture", "/css", "/js", "/error", "/health"];

    public static IApplicationBuilder UseStaffTwoFactorRequirement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && Roles.Staff.Any(user.IsInRole)
            && !user.HasClaim("amr", "mfa")
            && !AllowedPaths.Any(p => context.Request.Path.StartsWithSegments(p))
            && await context.RequestServices.GetRequiredService<EditionStore>().CurrentAsync(context.RequestAborted) is { } edition
            && edition.Definition.Security.RequireTwoFactorForStaff)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect("/account/two-factor?required=1");
            return;
        }

        await next(context);
    });
}
