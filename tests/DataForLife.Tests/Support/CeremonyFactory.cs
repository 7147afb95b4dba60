using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The 2023 edition at its final: twelve teams, the earlier rounds already published (written as published, they are
/// not what these tests are about), and the clock on 24 November at 10:00, the final scored and ready to publish. The
/// ceremony is at 19:00 that day.
/// </summary>
public sealed class CeremonyFactory : JudgingFactory
{
    public static readonly DateTimeOffset FinalDay = EditionSamples.Vietnam(2023, 11, 24, 10);
    public static readonly DateTimeOffset CeremonyTime = EditionSamples.Vietnam(2023, 11, 24, 19);

    public const string Organiser = "btc-trao-giai@c06.gov.vn";
    public const string Observer = "bcd-trao-giai@c06.gov.vn";

    /// <summary>The ten finalists, best first by the scores they are given.</summary>
    public IReadOnlyList<int> Finalists { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(teams: 12, intoRound1: false);
        await CreateUserAsync(Organiser, role: Roles.Organizer);
        await CreateUserAsync(Observer, role: Roles.Observer);
        var teams = await WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").OrderBy(t => t.Sequence).Select(t => t.Id).ToListAsync());
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.RoundPublications.Add(Published("round1", teams, EditionSamples.Vietnam(2023, 9, 29, 12)));
            db.RoundPublications.Add(Published("round2", teams, EditionSamples.Vietnam(2023, 10, 8)));
            await db.SaveChangesAsync();
        });
        Finalists = [.. teams.Take(10)];
        Clock.SetUtcNow(FinalDay);
    }

    /// <summary>Every jury member scores every finalist: the first finalist best, then in order (or as <paramref name="score"/> says).</summary>
    public Task ScoreFinalAsync(Func<int, double>? score = null) =>
        ScoreEverythingAsync("final", score ?? (team => 0.95 - (Finalists.ToList().IndexOf(team) * 0.05)));

    public Task<(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies)> PublishFinalAsync() => WithScopeAsync(async sp =>
        await sp.GetRequiredService<RoundPublisher>().PublishAsync(await RoundAsync("final"), "organiser", CancellationToken.None));

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
