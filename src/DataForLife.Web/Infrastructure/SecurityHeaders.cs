namespace DataForLife.Web.Infrastructure;

/// <summary>Every asset is served by the app itself, so the policy allows only our own origin.</summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API browser's bundled page styles itself inline; it is served from our origin all the same.
    private const string ApiDocsPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiDocsPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = context.GetEndpoint()?.Metadata.GetMetadata<UsesCameraAttribute>() is null
                ? "camera=(), microphone=(), geolocation=()"
                : "camera=(self), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
