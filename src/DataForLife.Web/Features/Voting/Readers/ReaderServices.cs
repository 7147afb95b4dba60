namespace DataForLife.Web.Features.Voting.Readers;

public static class ReaderServices
{
    /// <summary>Readers' verification by one-time code (e-mail, or phone through the SMS sender) and their voter cookie.</summary>
    public static IServiceCollection AddVoterVerification(this IServiceCollection services) => services;
}
