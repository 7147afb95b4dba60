namespace DataForLife.Web.Features.Voting.Review;

public static class ReviewServices
{
    /// <summary>Organisers' live counts, fraud review and quarantine.</summary>
    public static IServiceCollection AddVoteReview(this IServiceCollection services)
    {
        services.AddScoped<LiveCounts>();
        services.AddScoped<VoteFindings>();
        services.AddScoped<VoteQuarantines>();
        return services;
    }
}
