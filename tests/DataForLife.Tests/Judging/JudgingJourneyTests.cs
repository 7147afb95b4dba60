using System.Net;
using System.Text.Json;
using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

/// <summary>From the council's scores to the final's pitch order, on one platform whose clock moves through the rounds.</summary>
[Trait("Category", "Integration")]
public sealed class JudgingJourneyTests : IAsyncLifetime
{
    private readonly JudgingFactory _factory = new();
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(40);
        await _factory.CreateUserAsync("btc-chamthi@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer);
        _organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<IReadOnlyList<int>> EntriesAsync(string round) =>
        _factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _factory.RoundAsync(round), CancellationToken.None));

    private Task<Dictionary<int, string>> CodesAsync() =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").ToDictionaryAsync(t => t.Id, t => t.PublicCode));

    [Fact]
    public async Task A_tie_at_place_30_waits_for_the_head_the_TOP_30_is_published_and_recomputed_and_the_later_rounds_follow()
    {
        var entries = (await EntriesAsync("round1")).Order().ToList();
        Assert.True(entries.Count >= 31, $"only {entries.Count} dossiers");
        await _organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=AutoAssign");

        // Scores fall with the team's place in the list; the 30th and 31st get exactly the same.
        double Score(int team)
        {
            var place = Math.Min(entries.IndexOf(team), 29);
            return 0.95 - (place * 0.02) - (entries.IndexOf(team) > 30 ? 0.1 : 0);
        }

        await _factory.SameReviewersAsync(entries[29], entries[30]);
        await _factory.ScoreEverythingAsync("round1", Score);
        var tiedPair = new[] { entries[29], entries[30] };
        var codes = await CodesAsync();

        var refused = await _organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Chưa công bố được", refusal, StringComparison.Ordinal);
        Assert.Contains(codes[tiedPair[0]], refusal, StringComparison.Ordinal);
        Assert.Contains(codes[tiedPair[1]], refusal, StringComparison.Ordinal);

        var head = await _factory.SignedInAsync(JudgingFactory.Head);
        Assert.Contains("Bằng điểm ở hạng 30", WebUtility.HtmlDecode(await head.GetStringAsync("/judging/ties/round1")), StringComparison.Ordinal);
        var noReason = await head.PostFormAsync("/judging/ties/round1", [new("order", tiedPair[1].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("order", tiedPair[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("reason", "")]);
        Assert.Contains("kèm lý do", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await head.PostFormAsync("/judging/ties/round1", [new("order", tiedPair[1].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("order", tiedPair[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("reason", "Sản phẩm đã thử nghiệm thực tế")]);

        var published = await _organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // The window is still open, but the published ranking is final: a late sheet is refused.
        var late = await _factory.WithScopeAsync(async sp =>
        {
            var round = (await sp.GetRequiredService<JudgingContext>().RoundAsync("2023", "round1", CancellationToken.None))!;
            var judge = (await sp.GetRequiredService<JudgeDirectory>().ForRoundAsync("2023", round.Index, CancellationToken.None))[0];
            var team = (await sp.GetRequiredService<JudgeAssignments>().EntriesOfAsync(round, judge.UserId, CancellationToken.None))[0];
            return await sp.GetRequiredService<ScoringCommands>().SaveAsync(round, judge.UserId, team,
                round.Round.Criteria.ToDictionary(c => c.Code, c => (double?)c.ScaleMax), null, submit: true);
        });
        Assert.Equal(ScoringCommands.Outcome.Closed, late.Outcome);
        Assert.Equal("Scoring.Published", Assert.Single(late.Errors).MessageKey);
        var results = await _factory.CreateClient().GetStringAsync("/results");
        Assert.Contains(codes[tiedPair[1]], results, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[tiedPair[0]], results, StringComparison.Ordinal);
        Assert.Contains(codes[entries[0]], results, StringComparison.Ordinal);
        var api = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/rounds/round1/results");
        Assert.Equal(tiedPair[1], api[29].GetProperty("entryId").GetInt32());
        Assert.True(api[29].GetProperty("decidedByHead").GetBoolean());
        await _factory.Mailbox.WaitForAsync("thisinh0001@demo.dataforlife.vn", "Kết quả");

        Assert.Contains("cho đúng kết quả đã công bố", WebUtility.HtmlDecode(await _organiser.GetStringAsync("/organizer/editions/2023/judging/round1?recompute=true")), StringComparison.Ordinal);
        Assert.Equal(0, await RecomputeWithCliAsync());
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets
            .Where(s => s.RoundCode == "round1" && s.TeamId == entries[5]).ExecuteUpdateAsync(u => u.SetProperty(s => s.ScoresJson, "{\"relevance\":0,\"innovation\":0,\"data\":0,\"feasibility\":0,\"impact\":0}")));
        Assert.Contains("KHÁC", WebUtility.HtmlDecode(await _organiser.GetStringAsync("/organizer/editions/2023/judging/round1?recompute=true")), StringComparison.Ordinal);
        Assert.Equal(1, await RecomputeWithCliAsync());

        await Round2Async();
        await FinalAsync();
    }

    [Fact]
    public async Task Another_judges_sheet_is_hidden_until_the_round_closes_and_no_score_is_taken_after_it()
    {
        var council = await _factory.JudgeEmailsAsync(StaffBody.Council);
        await _organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=AutoAssign");
        var (judgeA, judgeB) = (await _factory.UserIdAsync(council[0]), await _factory.UserIdAsync(council[1]));
        var team = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Assignments.Where(a => a.JudgeUserId == judgeA).Select(a => a.TeamId).FirstAsync());
        var a = await _factory.SignedInAsync(council[0]);
        var b = await _factory.SignedInAsync(council[1]);
        await a.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet", new { scores = new Dictionary<string, double> { ["relevance"] = 7 }, submit = false });

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheets/{judgeA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheets/{judgeA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _organiser.GetAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheets/{judgeA}")).StatusCode);

        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 9, 29, 12, 1));
        var organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
        a = await _factory.SignedInAsync(council[0]);
        var late = await a.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet", new { scores = new Dictionary<string, double> { ["relevance"] = 9 }, submit = true });

        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        var sheet = await organiser.GetFromJsonAsync<JsonElement>($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheets/{judgeA}");
        Assert.Equal(7, sheet.GetProperty("scores").GetProperty("relevance").GetDouble());
        Assert.Equal("Draft", sheet.GetProperty("status").GetString());
        _ = judgeB;
    }

    private async Task Round2Async()
    {
        var jury = await _factory.JudgeEmailsAsync(StaffBody.Jury);
        var juryIds = new List<string>();
        foreach (var email in jury)
        {
            juryIds.Add(await _factory.UserIdAsync(email));
        }

        var top30 = await EntriesAsync("round2");
        Assert.Equal(30, top30.Count);
        await _organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
            [new("Session.Venue", "HaNoi"), new("Session.StartsAt", "2023-10-02T08:00"), new("Session.SlotMinutes", "15"), new("Session.Slots", "30"),
             .. juryIds.Select(id => new KeyValuePair<string, string>("Session.JudgeIds", id))],
            "/organizer/editions/2023/judging/round2?handler=Session");
        var sessionId = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.Select(s => s.Id).SingleAsync());
        await TeamsChooseSlotsAsync(top30, sessionId);
        for (var i = 0; i < top30.Count; i++)
        {
            await _organiser.PostFormAsync("/organizer/editions/2023/judging/round2", [new("teamId", top30[i].ToString(System.Globalization.CultureInfo.InvariantCulture))],
                $"/organizer/editions/2023/judging/round2?handler=Place&sessionId={sessionId}&position={i}");
        }

        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 3, 9));
        var judge = await _factory.SignedInAsync(jury[^1]);
        // Each of the 30 listed once (the "next to score" link repeats one of them).
        Assert.Equal(30, System.Text.RegularExpressions.Regex.Matches(await judge.GetStringAsync("/judging"), "href=\"/judging/round2/(\\d+)\"").Select(m => m.Groups[1].Value).Distinct().Count());
        await _factory.ScoreEverythingAsync("round2", team => 0.3 + (top30.ToList().IndexOf(team) * 0.02));
        _organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
        var round2 = await _organiser.GetStringAsync("/organizer/editions/2023/judging/round2");
        Assert.Contains("id=\"no-votes\"", round2, StringComparison.Ordinal);
        var early = await _organiser.PostFormAsync("/organizer/editions/2023/judging/round2", [], "/organizer/editions/2023/judging/round2?handler=Publish");
        Assert.Contains("sau khi cổng bình chọn đóng", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Round 2 adds the vote bonus: it is published once the vote has closed (6 October).
        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 7, 9));
        _organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await _organiser.PostFormAsync("/organizer/editions/2023/judging/round2", [], "/organizer/editions/2023/judging/round2?handler=Publish")).StatusCode);

        // Round 2 holds the bonus as it was published: the votes behind it can no longer be quarantined.
        var frozen = await _factory.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Features.Voting.Review.VoteQuarantines>()
            .QuarantineAsync("2023", new DataForLife.Web.Features.Voting.Review.VoteFilter(TeamId: top30[0]), "late review", "test", CancellationToken.None));
        Assert.Equal(DataForLife.Web.Features.Voting.Review.QuarantineOutcome.BonusPublished, frozen.Outcome);
    }

    /// <summary>A leader takes a free slot; another cannot take it; a team outside the TOP 30 has none to take; choices close a day before.</summary>
    private async Task TeamsChooseSlotsAsync(IReadOnlyList<int> top30, int sessionId)
    {
        var first = await _factory.SignedInAsync(await _factory.LeaderOfAsync(top30[0]));
        var page = await first.GetStringAsync("/team/pitch");
        Assert.Contains("id=\"no-slot\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={sessionId}&position=5")).StatusCode);
        Assert.Contains("id=\"my-slot\"", await first.GetStringAsync("/team/pitch"), StringComparison.Ordinal);

        var second = await _factory.SignedInAsync(await _factory.LeaderOfAsync(top30[1]));
        var refused = await second.PostFormAsync("/team/pitch", [], $"/team/pitch?handler=Choose&sessionId={sessionId}&position=5");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Lượt này đã có đội khác", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var outsider = (await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").Select(t => t.Id).ToListAsync())).First(t => !top30.Contains(t));
        var third = await _factory.SignedInAsync(await _factory.LeaderOfAsync(outsider));
        Assert.Contains("id=\"not-in-round\"", await third.GetStringAsync("/team/pitch"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await third.PostFormAsync("/team", [], $"/team/pitch?handler=Choose&sessionId={sessionId}&position=6")).StatusCode);

        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 1, 8, 1));
        second = await _factory.SignedInAsync(await _factory.LeaderOfAsync(top30[1]));
        var late = await second.PostFormAsync("/team", [], $"/team/pitch?handler=Choose&sessionId={sessionId}&position=7");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Đã hết hạn chọn lượt: từ 24 giờ trước khi buổi bắt đầu", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSlots.Where(s => s.TeamId == top30[0]).Select(s => s.Position).SingleAsync()));
        Assert.False(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSlots.AnyAsync(s => s.TeamId == top30[1])));
        _organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
    }

    private async Task FinalAsync()
    {
        var finalists = await EntriesAsync("final");
        Assert.Equal(10, finalists.Count);
        await _organiser.PostFormAsync("/organizer/editions/2023/judging/final", [], "/organizer/editions/2023/judging/final?handler=Draw");
        var order = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchOrders.SingleAsync());
        var codes = await CodesAsync();

        Assert.Equal(order.Codes.Split(','), PitchDraw.Order(finalists.Select(f => codes[f]), order.Seed));
        Assert.Contains(order.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), await _factory.CreateClient().GetStringAsync("/results"), StringComparison.Ordinal);
        var xlsx = await _organiser.GetByteArrayAsync("/organizer/editions/2023/judging/round1?handler=Export");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);

        // The 24-hour final: the whole jury scores the ten, the ranking gives the five prizes of the prize table.
        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 11, 24, 10));
        _organiser = await _factory.SignedInAsync("btc-chamthi@c06.gov.vn");
        await _factory.ScoreEverythingAsync("final", team => 0.3 + (finalists.ToList().IndexOf(team) * 0.05));
        Assert.Equal(HttpStatusCode.Redirect, (await _organiser.PostFormAsync("/organizer/editions/2023/judging/final", [], "/organizer/editions/2023/judging/final?handler=Publish")).StatusCode);

        // Published at 10:00, the results wait for the ceremony (19:00): until then no page shows the final's ranking.
        var waiting = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync("/results"));
        Assert.DoesNotContain("data-round=\"final\"", waiting, StringComparison.Ordinal);
        Assert.Contains("id=\"awaiting-ceremony\"", waiting, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Features.Ceremony.CeremonyRelease>().ReleaseDueAsync(CancellationToken.None)));

        _factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 11, 24, 19));
        // The sweep the platform runs every minute, run now (it may have run already: the letters go out once either way).
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Features.Ceremony.CeremonyRelease>().ReleaseDueAsync(CancellationToken.None));
        var results = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync("/results"));
        var podium = finalists.Reverse().ToList();
        string[] prizes = ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích", "Giải Khuyến khích"];
        var final = results[results.IndexOf("data-round=\"final\"", StringComparison.Ordinal)..];
        for (var place = 0; place < 5; place++)
        {
            Assert.Matches($"{codes[podium[place]]}</span>[^<]*<strong>[^<]*</strong>[^<]*<span>[^<]*</span>\\s*<span class=\"badge\">{prizes[place]}</span>", final);
        }

        // The sixth finalist is ranked, with no prize.
        Assert.Matches($"{codes[podium[5]]}</span>[^<]*<strong>[^<]*</strong>[^<]*<span>[^<]*</span>\\s*</li>", final);
        var winner = await _factory.Mailbox.WaitForAsync(await _factory.LeaderOfAsync(podium[0]), "Kết quả Dữ liệu số với cuộc sống");
        Assert.Contains("đoạt Giải Nhất", winner.TextBody, StringComparison.Ordinal);
        Assert.Contains("200.000.000 ₫", winner.TextBody, StringComparison.Ordinal);
    }

    private Task<int> RecomputeWithCliAsync() =>
        DflCommand.Build(c => c.AddInMemoryCollection(_factory.Database.Settings)).Parse(["judging", "recompute", "--edition", "2023"]).InvokeAsync();
}
