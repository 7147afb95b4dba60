using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>Puts any judging platform at the final of 2023 (see <see cref="CeremonyFactory"/>).</summary>
public sealed class CeremonyStage(JudgingFactory platform, IReadOnlyList<int> finalists)
{
    public IReadOnlyList<int> Finalists => finalists;

    public static async Task<CeremonyStage> ArrangeAsync(JudgingFactory platform)
    {
        await platform.SeedAsync(teams: 12, intoRound1: false);
        var teams = await platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").OrderBy(t => t.Sequence).Select(t => t.Id).ToListAsync());
        await platform.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.RoundPublications.Add(Published("round1", teams, EditionSamples.Vietnam(2023, 9, 29, 12)));
            db.RoundPublications.Add(Published("round2", teams, EditionSamples.Vietnam(2023, 10, 8)));
            await db.SaveChangesAsync();
        });
        platform.Clock.SetUtcNow(CeremonyFactory.FinalDay);
        return new CeremonyStage(platform, [.. teams.Take(10)]);
    }

    /// <summary>Every jury member scores every finalist: the first finalist best, then in order (or as <paramref name="score"/> says).</summary>
    public Task ScoreFinalAsync(Func<int, double>? score = null) =>
        platform.ScoreEverythingAsync("final", score ?? (team => 0.95 - (finalists.ToList().IndexOf(team) * 0.05)));

    public Task<(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies)> PublishFinalAsync() => platform.WithScopeAsync(async sp =>
        await sp.GetRequiredService<RoundPublisher>().PublishAsync(await platform.RoundAsync("final"), "organiser", CancellationToken.None));

    private static RoundPublication Published(string round, IReadOnlyList<int> teams, DateTimeOffset at)
    {
        var json = JsonSerializer.Serialize(teams.Select((t, i) => new EntryStanding(t, i + 1, 90 - i, 90 - i, 90 - i, 0, 90 - i, 3, 1, false, false)).ToList());
        return new RoundPublication
        {
            EditionId = "2023", RoundCode = round, StandingsJson = json, Hash = "test", PublishedByUserId = "organiser",
            PublishedAtUtc = at.UtcDateTime, LettersQueuedAtUtc = at.UtcDateTime,
        };
    }
}
