using DataForLife.Web.Features.Voting.Readers;
using DataForLife.Web.Features.Voting.Review;

namespace DataForLife.Web.Features.Voting;

public static class VotingServices
{
    public const string EntriesCachePolicy = "voting-entries";

    /// <summary>How long the list of entries may be kept, by the platform and by the partner's servers alike.</summary>
    public static readonly TimeSpan EntriesCacheDuration = TimeSpan.FromSeconds(10);

    /// <summary>What the web app and the command-line tool share.</summary>
    public static IServiceCollection AddVoting(this IServiceCollection services)
    {
        services.AddSingleton<VotingCatalog>();
        services.AddSingleton<PartnerKeyCache>();
        services.AddScoped<PartnerKeys>();
        services.AddScoped<VoteCounts>();
        services.AddSingleton<VoterSession>();
        services.AddScoped<Gallery.GalleryEntries>();
        services.AddVoterVerification();
        services.AddVoteReview();
        return services;
    }

    /// <summary>
    /// The writer the web app stores votes with: group commit by default; <c>Voting:Writer=PerRequest</c> saves each
    /// vote in its own SaveChanges (the benchmark's comparison).
    /// </summary>
    public static IServiceCollection AddVoteWriter(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.Equals(configuration["Voting:Writer"], "PerRequest", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IVoteWriter, PerRequestVoteWriter>();
        }
        else
        {
            services.AddSingleton<GroupCommitVoteWriter>();
            services.AddSingleton<IVoteWriter>(sp => sp.GetRequiredService<GroupCommitVoteWriter>());
            services.AddHostedService(sp => sp.GetRequiredService<GroupCommitVoteWriter>());
        }

        services.AddSingleton<ReaderLimits>();
        services.AddOutputCache(o => o.AddPolicy(EntriesCachePolicy, b => b.Expire(EntriesCacheDuration).SetVaryByRouteValue("edition").Tag(EntriesCachePolicy)));
        return services;
    }
}
