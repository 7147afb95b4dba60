namespace DataForLife.Web.Features.Ceremony;

/// <summary>The ceremony's services: results kept until their time, awards, letters, payouts and certificates.</summary>
public static class CeremonyServices
{
    public static IServiceCollection AddCeremony(this IServiceCollection services)
    {
        services.AddScoped<ResultsGate>();
        services.AddScoped<AwardBook>();
        services.AddScoped<CeremonyLetters>();
        services.AddScoped<CeremonyRelease>();
        services.AddScoped<PublicResults>();
        services.AddScoped<PayoutSheet>();
        services.AddScoped<Certificates.CertificateIssuer>();
        services.AddScoped<Certificates.CertificateLinks>();
        services.AddScoped<Certificates.CertificatePdf>();
        services.AddScoped<Certificates.CertificateLookup>();
        return services;
    }
}
