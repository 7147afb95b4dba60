using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

/// <summary>Round 2's pitch slots: one team a slot, one slot a team, whoever asks at the same instant; what was scored or published stays.</summary>
[Trait("Category", "Integration")]
public sealed class PitchSlotTests
{
    private static async Task<(VotingFactory Factory, IReadOnlyList<int> Entries, int Session)> Round2Async()
    {
        var factory = new VotingFactory();
        await factory.InitializeAsync();
        await factory.OpenVotingAsync();
        var round = await factory.RoundAsync("round2");
        var entries = (await factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(round, CancellationToken.None))).Order().ToList();
        Task<Web.Domain.FieldError?> CreateAsync(DateTime startsAt) => factory.WithScopeAsync(sp => sp.GetRequiredService<PitchSessions>()
            .CreateAsync(round, PitchVenue.HaNoi, startsAt, 15, 30, null, [], CancellationToken.None));

        // A session is held while its round is judged (29 September 12:00 to 8 October 2023): not before, not running past its end.
        Assert.Equal("Sessions.OutsideRound", (await CreateAsync(new DateTime(2023, 9, 29, 11, 0, 0)))?.MessageKey);
        Assert.Equal("Sessions.OutsideRound", (await CreateAsync(new DateTime(2023, 10, 7, 17, 0, 0)))?.MessageKey);
        Assert.Null(await CreateAsync(new DateTime(2023, 10, 3, 8, 0, 0)));
        var session = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.Select(s => s.Id).SingleAsync());
        return (factory, entries, session);
    }

    private static Task<Dictionary<int, int>> SlotsAsync(VotingFactory factory) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().PitchSlots.AsNoTracking().ToDictionaryAsync(s => s.Position, s => s.TeamId));

    [Fact]
    public async Task Two_leaders_taking_one_free_slot_at_the_same_instant_get_it_once_and_the_other_keeps_the_slot_it_had()
    {
        var (factory, entries, session) = await Round2Async();
        await using var _ = factory;
        var (first, second) = (await factory.SignedInAsync(await factory.LeaderOfAsync(entries[0])), await factory.SignedInAsync(await factory.LeaderOfAsync(entries[1])));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={session}&position=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={session}&position=1")).StatusCode);

        for (var position = 10; position < 16; position++)
        {
            using var probe = OverlapProbe.Attach(factory.Services, "pitch.slot", expected: 2);
            var both = await Task.WhenAll(
                first.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={session}&position={position}"),
                second.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={session}&position={position}"));

            Assert.True(probe.Overlapped, "the first leader was held inside until the second had asked for the slot");
            Assert.Single(both, r => r.StatusCode == HttpStatusCode.Redirect);
            var refused = Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Contains("id=\"my-slot\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var slots = await SlotsAsync(factory);
            Assert.Equal(2, slots.Count);
            Assert.Equal([entries[0], entries[1]], slots.Values.Order());
            Assert.Contains(slots[position], entries.Take(2));
        }
    }

    [Fact]
    public async Task Organisers_free_a_held_slot_before_giving_it_and_a_scored_or_published_team_stays_where_it_is()
    {
        var (factory, entries, session) = await Round2Async();
        await using var _ = factory;
        var round = await factory.RoundAsync("round2");
        Task<ScheduleChange> PlaceAsync(int position, int? team) =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<PitchSessions>().PlaceAsync(round, session, position, team, CancellationToken.None));

        Assert.Equal(ScheduleChange.Done, await PlaceAsync(0, entries[0]));
        Assert.Equal(ScheduleChange.Taken, await PlaceAsync(0, entries[1]));
        Assert.Equal(entries[0], (await SlotsAsync(factory))[0]);

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var sheet = ScoreSheet.Open("2023", "round2", entries[0], await factory.UserIdAsync(JudgingFactory.Head));
            sheet.Record(new Dictionary<string, double> { ["relevance"] = 8 }, string.Empty, submit: true, factory.Clock.GetUtcNow().UtcDateTime);
            db.ScoreSheets.Add(sheet);
            await db.SaveChangesAsync();
        });
        Assert.Equal(ScheduleChange.Scored, await PlaceAsync(5, entries[0]));
        Assert.Equal(ScheduleChange.Scored, await PlaceAsync(0, null));
        Assert.Equal(ScheduleChange.Done, await PlaceAsync(1, entries[1]));

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.RoundPublications.Add(new RoundPublication
            {
                EditionId = "2023", RoundCode = "round2", StandingsJson = "[]", Hash = "-", PublishedByUserId = await factory.UserIdAsync(JudgingFactory.Head),
                PublishedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });
        Assert.Equal(ScheduleChange.Published, await PlaceAsync(2, entries[2]));
        Assert.Equal(new Dictionary<int, int> { [0] = entries[0], [1] = entries[1] }, await SlotsAsync(factory));
    }

    [Fact]
    public async Task An_organiser_removes_a_session_made_by_mistake_once_it_holds_no_team()
    {
        var (factory, entries, session) = await Round2Async();
        await using var _ = factory;
        var round = await factory.RoundAsync("round2");
        Assert.Equal(ScheduleChange.Done, await factory.WithScopeAsync(sp => sp.GetRequiredService<PitchSessions>().PlaceAsync(round, session, 0, entries[0], CancellationToken.None)));
        await factory.CreateUserAsync("btc-buoi@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer);
        var organiser = await factory.SignedInAsync("btc-buoi@c06.gov.vn");
        const string Page = "/organizer/editions/2023/judging/round2";

        var held = await organiser.PostFormAsync(Page, [], $"{Page}?handler=RemoveSession&sessionId={session}");
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Contains("Buổi này còn đội trong lịch", await organiser.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.AnyAsync(s => s.Id == session)));

        Assert.Equal(ScheduleChange.Done, await factory.WithScopeAsync(sp => sp.GetRequiredService<PitchSessions>().PlaceAsync(round, session, 0, null, CancellationToken.None)));
        var removed = await organiser.PostFormAsync(Page, [], $"{Page}?handler=RemoveSession&sessionId={session}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Đã xoá buổi thuyết trình.", await organiser.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.AnyAsync()));
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "sessions.removed")));
    }
}
