using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The 2023 edition with round 1 scored and published (the TOP 30 are the entries of the vote) and the clock inside
/// the voting window (30 September 2023, 10:00 Viet Nam time).
/// </summary>
public class VotingFactory : JudgingFactory
{
    public static readonly DateTimeOffset InVoting = EditionSamples.Vietnam(2023, 9, 30, 10);

    public static readonly DateTimeOffset AfterVoting = EditionSamples.Vietnam(2023, 10, 6, 0, 1);

    /// <summary>Seeds teams, scores round 1 with distinct totals, publishes it and opens the vote; returns the 30 entries' codes.</summary>
    public async Task<IReadOnlyList<string>> OpenVotingAsync(int teams = 40)
    {
        await SeedAsync(teams);
        var round = await RoundAsync("round1");
        await WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(round, CancellationToken.None));
        var entries = (await WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(round, CancellationToken.None))).Order().ToList();
        await ScoreEverythingAsync("round1", team => 0.2 + (entries.IndexOf(team) * 0.015));
        Clock.SetUtcNow(InVoting);
        var (published, ties) = await WithScopeAsync(async sp =>
            await sp.GetRequiredService<RoundPublisher>().PublishAsync(await RoundAsync("round1"), "test", CancellationToken.None));
        Assert.True(published, $"round 1 was not published: {ties.Count} open ties");
        return await WithScopeAsync(async sp => (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.TeamByCode.Keys.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>A partner key (the whole key, as shown once) for the edition, or for every edition with null.</summary>
    public Task<string> CreatePartnerKeyAsync(string name = "VnExpress", string? edition = "2023", int rateLimit = 0) => WithScopeAsync(async sp =>
    {
        var (created, error) = await sp.GetRequiredService<PartnerKeys>().CreateAsync(name, edition, rateLimit, "test", CancellationToken.None);
        Assert.Null(error);
        return created!.Secret;
    });
}
