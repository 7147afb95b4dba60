using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Review;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>
/// A round that adds the vote bonus is published from its ranking to its commit under the audit log's lock; quarantines
/// and releases of votes decide under the same lock, so none can slip between the bonus computed and the bonus published.
/// Overlapping quarantines: releasing one does not undo another. Each test holds the first change inside the lock until
/// the second has reached its door (<see cref="OverlapProbe"/>), so the second can only have decided after the first.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QuarantineLockTests
{
    /// <summary>
    /// A publication of round 2 in progress: its transaction holds the audit log's lock, and the probe holds it inside
    /// until the other change has reached the lock's door. Returns once it holds the lock.
    /// </summary>
    private static async Task<Task> PublishingAsync(VotingFactory factory, IServiceScope scope)
    {
        var organiser = (await factory.CreateUserAsync("btc-khoa@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer)).Id;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sections = scope.ServiceProvider.GetRequiredService<CriticalSections>();
        var locked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var committed = scope.ServiceProvider.GetRequiredService<AuditLog>().InTransactionAsync<object?>(async ct =>
        {
            db.RoundPublications.Add(new RoundPublication
            {
                EditionId = "2023", RoundCode = "round2", StandingsJson = "[]", Hash = "-", PublishedByUserId = organiser, PublishedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            await sections.ArrivedAsync("round.publish", ct);
            locked.SetResult();
            await sections.InsideAsync("round.publish", ct);
            return new object();
        });
        await Task.WhenAny(locked.Task, committed);
        return committed;
    }

    private static async Task<(VotingFactory Factory, int Team)> VotingAsync()
    {
        var factory = new VotingFactory();
        await factory.InitializeAsync();
        var entries = await factory.OpenVotingAsync();
        var team = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.TeamByCode[entries[0]]);
        await AddVotesAsync(factory, team, "khoa", 20, "203.0.113.0/24");
        return (factory, team);
    }

    /// <summary>Stores <paramref name="count"/> web votes for the team from one network, as the writer would.</summary>
    private static Task AddVotesAsync(VotingFactory factory, int team, string readers, int count, string network) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var at = VotingFactory.InVoting.UtcDateTime;
        db.Votes.AddRange(Enumerable.Range(0, count).Select(i => new Vote
        {
            EditionId = "2023", TeamId = team, VoterKey = VoteKeys.Email($"{readers}-{i}@example.vn"), Day = 0, Source = VoteSource.Web,
            Network = network, UserAgent = "Mozilla/5.0", CastAtUtc = at, Minute = VoteKeys.Minute(at),
        }));
        await db.SaveChangesAsync();
    });

    private static Task<QuarantineResult> QuarantineAsync(VotingFactory factory, int team) => factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
        .QuarantineAsync("2023", new VoteFilter(TeamId: team), "phiếu đáng ngờ", "test", CancellationToken.None));

    [Fact]
    public async Task A_quarantine_asked_while_a_round_with_the_bonus_is_being_published_waits_for_it_and_is_then_refused()
    {
        var (factory, team) = await VotingAsync();
        await using var _ = factory;
        using var scope = factory.Services.CreateScope();
        using var probe = OverlapProbe.Attach(factory.Services, ["round.publish", "votes.quarantine"], expected: 2);
        var committed = await PublishingAsync(factory, scope);

        var quarantine = QuarantineAsync(factory, team);
        await committed;

        Assert.True(probe.Overlapped, "the publication held the lock until the quarantine had asked for it");
        Assert.Equal(QuarantineOutcome.BonusPublished, (await quarantine).Outcome);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.AnyAsync()));
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.AnyAsync(v => v.QuarantineId != null)));
    }

    [Fact]
    public async Task A_round_2_publication_asked_while_a_quarantine_is_being_decided_waits_and_publishes_the_bonus_without_those_votes()
    {
        var (factory, team) = await VotingAsync();
        await using var _ = factory;
        var round = await factory.RoundAsync("round2");
        var entries = (await factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(round, CancellationToken.None))).Order().ToList();
        var jury = new List<string>();
        foreach (var email in await factory.JudgeEmailsAsync(Web.Domain.Roster.StaffBody.Jury))
        {
            jury.Add(await factory.UserIdAsync(email));
        }

        await factory.WithScopeAsync(async sp =>
        {
            var sessions = sp.GetRequiredService<PitchSessions>();
            Assert.Null(await sessions.CreateAsync(round, PitchVenue.HaNoi, new DateTime(2023, 10, 2, 8, 0, 0), 15, 30, null, jury, CancellationToken.None));
            var session = await sp.GetRequiredService<AppDbContext>().PitchSessions.Select(s => s.Id).SingleAsync();
            for (var i = 0; i < entries.Count; i++)
            {
                Assert.Equal(ScheduleChange.Done, await sessions.PlaceAsync(round, session, i, entries[i], CancellationToken.None));
            }
        });
        factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 3, 9));
        await factory.ScoreEverythingAsync("round2", t => 0.3 + (entries.IndexOf(t) * 0.02));
        factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 7, 9));

        // A quarantine of the entry's votes in progress: its transaction holds the lock until the publication has
        // reached the lock's door.
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sections = scope.ServiceProvider.GetRequiredService<CriticalSections>();
        using var probe = OverlapProbe.Attach(factory.Services, ["votes.quarantine", "round.publish"], expected: 2);
        var locked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var quarantining = scope.ServiceProvider.GetRequiredService<AuditLog>().InTransactionAsync<object?>(async ct =>
        {
            var quarantine = new VoteQuarantine
            {
                EditionId = "2023", Reason = "đang xem xét", FilterJson = new VoteFilter(TeamId: team).ToJson(), CreatedBy = "test",
                CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            };
            db.VoteQuarantines.Add(quarantine);
            await db.SaveChangesAsync(ct);
            long? id = quarantine.Id;
            quarantine.Votes = await db.Votes.Where(v => v.TeamId == team).ExecuteUpdateAsync(v => v.SetProperty(x => x.QuarantineId, id), ct);
            await db.SaveChangesAsync(ct);
            await sections.ArrivedAsync("votes.quarantine", ct);
            locked.SetResult();
            await sections.InsideAsync("votes.quarantine", ct);
            return new object();
        });
        await Task.WhenAny(locked.Task, quarantining);

        var publishing = factory.WithScopeAsync(sp => sp.GetRequiredService<RoundPublisher>().PublishAsync(round, "test", CancellationToken.None));
        await quarantining;

        Assert.True(probe.Overlapped, "the quarantine held the lock until the publication had asked for it");
        Assert.True((await publishing).Published);
        var comparison = await factory.WithScopeAsync(sp => sp.GetRequiredService<RoundPublisher>().RecomputeAsync(round, CancellationToken.None));
        Assert.True(comparison.Same, string.Join("; ", comparison.Differences));
    }

    [Fact]
    public async Task Releasing_one_quarantine_leaves_out_the_votes_another_one_in_force_also_matches()
    {
        var (factory, team) = await VotingAsync();
        await using var _ = factory;
        await AddVotesAsync(factory, team, "chong", 5, "198.51.100.0/24");
        Task<QuarantineResult> TakeAsync(VoteFilter filter) => factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
            .QuarantineAsync("2023", filter, "chồng lấn", "test", CancellationToken.None));
        Task<int> CountedAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.TeamId == team && v.QuarantineId == null));

        var network = await TakeAsync(new VoteFilter(Network: "203.0.113.0/24"));
        var entry = await TakeAsync(new VoteFilter(TeamId: team));
        Assert.Equal((20, 5, 0), (network.Quarantine!.Votes, entry.Quarantine!.Votes, await CountedAsync()));

        // The network's quarantine is lifted; the whole entry's still holds, and so holds those votes too.
        Assert.Equal(ReleaseOutcome.Released, await factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
            .ReleaseAsync("2023", network.Quarantine.Id, "mạng hợp lệ", "test", CancellationToken.None)));
        Assert.Equal(0, await CountedAsync());
        Assert.Equal(25, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.Where(q => q.Id == entry.Quarantine.Id).Select(q => q.Votes).SingleAsync()));

        Assert.Equal(ReleaseOutcome.Released, await factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
            .ReleaseAsync("2023", entry.Quarantine.Id, "đã xem xét", "test", CancellationToken.None)));
        Assert.Equal(25, await CountedAsync());
    }

    [Fact]
    public async Task A_release_asked_while_a_round_with_the_bonus_is_being_published_waits_for_it_and_is_then_refused()
    {
        var (factory, team) = await VotingAsync();
        await using var _ = factory;
        var taken = await QuarantineAsync(factory, team);
        Assert.Equal(QuarantineOutcome.Quarantined, taken.Outcome);
        using var scope = factory.Services.CreateScope();
        using var probe = OverlapProbe.Attach(factory.Services, ["round.publish", "votes.release"], expected: 2);
        var committed = await PublishingAsync(factory, scope);

        var release = factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
            .ReleaseAsync("2023", taken.Quarantine!.Id, "nhầm", "test", CancellationToken.None));
        await committed;

        Assert.True(probe.Overlapped, "the publication held the lock until the release had asked for it");

        Assert.Equal(ReleaseOutcome.BonusPublished, await release);
        Assert.Equal(20, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.QuarantineId != null)));
    }
}
