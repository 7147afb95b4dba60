using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// Who may read <c>/metrics</c>: with <c>Metrics:ScrapeToken</c> set, whoever sends it as a bearer token; without it,
/// only a scraper on this machine that connects directly (not through the reverse proxy). Anyone else gets 404.
/// </summary>
public static class MetricsAccess
{
    public const string Path = "/metrics";

    public static bool IsAllowed(HttpContext context, string? token)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!string.IsNullOrEmpty(token))
        {
            var header = context.Request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(token));
        }

        // The forwarded-headers middleware replaces a proxied reader's address and keeps the proxy's in X-Original-For.
        var forwarded = context.Request.Headers.ContainsKey("X-Original-For") || context.Request.Headers.ContainsKey("X-Forwarded-For");
        return !forwarded && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }

    public static IApplicationBuilder UseMetricsGuard(this IApplicationBuilder app, IConfiguration configuration)
    {
        var token = configuration["Metrics:ScrapeToken"];
        return app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            if (!IsAllowed(context, token))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        }));
    }
}
