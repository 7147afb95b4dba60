using DataForLife.Web.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.AspNetCore.HttpOverrides;

namespace DataForLife.Web.Infrastructure;

public static class PlatformPipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // Behind a reverse proxy on the same machine (the usual set-up, with TLS at the proxy), the reader's own address
        // and scheme, as the proxy reports them: per-address limits, the vote's fraud review and the set-up page's
        // "this machine only" then see the reader, not the proxy. Only loopback proxies are believed (the framework's
        // default); a request from anywhere else keeps its own address whatever headers it sends.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseRequestArrival();
        // The reader's language first, so that errors answered by the handlers below speak it too.
        app.UseRequestLocalization();
        // Programs calling the API get problem details; people get the friendly error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = e => DatabaseOutage.IsOutage(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Digital Data For Life v1");
            o.RoutePrefix = "api/docs";
            o.DocumentTitle = "Digital Data For Life API";
        });
        app.UseMetricsGuard(app.Configuration);
        app.UseNulGuard();
        app.UseRouting();
        app.UseBodyLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseStaffTwoFactorRequirement();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(ObservabilityServices.ReadyTag) }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint(MetricsAccess.Path).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
