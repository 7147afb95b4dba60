using DataForLife.Web.Infrastructure;

namespace DataForLife.Web.Features.Voting.Readers;

public static class ReaderServices
{
    /// <summary>Readers' verification by one-time code (e-mail, or phone through the SMS sender) and their voter cookie.</summary>
    public static IServiceCollection AddVoterVerification(this IServiceCollection services)
    {
        services.AddScoped<VoterCodes>();
        services.AddSingleton(_ => DisposableEmailDomains.Load(DisposableEmailDomains.DefaultPath));
        services.AddSingleton<ISmsSender>(sp => new FolderSmsSender(
            sp.GetRequiredService<IConfiguration>()["Sms:Directory"] is { Length: > 0 } directory ? directory : sp.GetRequiredService<DataFolder>().Sub("sms")));
        return services;
    }
}
