using System.Security.Cryptography.X509Certificates;
using DataForLife.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>Metrics, traces, health checks, logs and data-protection keys: how the running platform is watched.</summary>
public static class ObservabilityServices
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddMeter(PlatformMetrics.MeterName, "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        // Traces cost time on every request (the vote's hot path included), so they are collected only when there
        // is somewhere to send them: an OTLP collector named by the standard OTEL_EXPORTER_OTLP_ENDPOINT.
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource(PlatformMetrics.MeterName, "Npgsql"))
                .UseOtlpExporter();
        }

        // Liveness has no check (the process answers); readiness checks the database, and gives up after a few
        // seconds so that a load balancer's probe never hangs on a database that does not answer.
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag]);
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations)
            {
                registration.Timeout = TimeSpan.FromSeconds(5);
            }
        });
        services.AddExceptionHandler<DatabaseOutageHandler>();

        // JSON logs (Logging:Console:FormatterName=json) carry each event's scopes: the request id and trace id.
        services.PostConfigure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        var keys = services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("DataForLife");
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]);
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
