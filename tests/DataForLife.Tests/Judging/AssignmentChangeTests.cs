using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

/// <summary>
/// A dossier taken off a judge after they scored it: their sheet is kept but no longer counts, in the ranking or the
/// head's progress page, and they can no longer read it; the same after they declare a conflict with the team.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AssignmentChangeTests : IAsyncLifetime
{
    private const string RoundPage = "/organizer/editions/2023/judging/round1";
    private const string Organiser = "btc-giaolai@c06.gov.vn";
    private readonly JudgingFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(12);
        await _factory.WithScopeAsync(async sp =>
            await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await _factory.RoundAsync("round1"), CancellationToken.None));
        await _factory.CreateUserAsync(Organiser, role: Roles.Organizer);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static string Sheet(int team) => $"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet";

    private static Dictionary<string, double> Scores(double value) => new()
    {
        ["relevance"] = value, ["innovation"] = value, ["data"] = value, ["feasibility"] = value, ["impact"] = value,
    };

    private Task<IReadOnlyList<int>> EntriesOfAsync(string judgeId) => _factory.WithScopeAsync(async sp =>
        await sp.GetRequiredService<JudgeAssignments>().EntriesOfAsync(await _factory.RoundAsync("round1"), judgeId, CancellationToken.None));

    private Task<RoundRanking> RankingAsync() => _factory.WithScopeAsync(async sp =>
        await sp.GetRequiredService<RoundRankingService>().ComputeAsync(await _factory.RoundAsync("round1"), CancellationToken.None));

    [Fact]
    public async Task A_sheet_for_a_dossier_taken_off_its_judge_stops_counting_and_cannot_be_read_by_them()
    {
        var email = "khaohm@" + DemoTeams.StaffDomain;
        var judgeId = await _factory.UserIdAsync(email);
        var mine = await EntriesOfAsync(judgeId);
        var judge = await _factory.SignedInAsync(email);
        foreach (var team in mine)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await judge.PutAsJsonAsync(Sheet(team), new { scores = Scores(10), submit = true })).StatusCode);
        }

        var taken = mine[0];
        var ownSheet = $"/api/v1/editions/2023/rounds/round1/teams/{taken}/sheets/{judgeId}";
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync(ownSheet)).StatusCode);
        var before = (await RankingAsync()).Standings.Single(s => s.EntryId == taken);

        var organiser = await _factory.SignedInAsync(Organiser);
        await organiser.PostFormAsync(RoundPage, [new("teamId", taken.ToString(CultureInfo.InvariantCulture)), new("judgeId", judgeId), new("assign", "false")], RoundPage + "?handler=Assign");

        var after = (await RankingAsync()).Standings.Single(s => s.EntryId == taken);
        Assert.True(before.JudgeScore > 0);
        Assert.NotEqual(before.JudgeScore, after.JudgeScore);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync(ownSheet)).StatusCode);
        Assert.True(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AnyAsync(s => s.TeamId == taken && s.JudgeUserId == judgeId)));

        // The head's progress page counts the judge's sheets for what they have now: all of them, one fewer.
        var head = await _factory.SignedInAsync(JudgingFactory.Head);
        var progress = System.Net.WebUtility.HtmlDecode(await head.GetStringAsync("/judging/progress"));
        var done = mine.Count - 1;
        Assert.Matches($"Hà Minh Khảo[\\s\\S]{{0,400}}{done} / {done}", progress);
    }

    [Fact]
    public async Task A_submitted_sheet_saved_again_as_a_draft_must_stay_complete_and_keeps_its_scores_when_refused()
    {
        var email = "khaohm@" + DemoTeams.StaffDomain;
        var judgeId = await _factory.UserIdAsync(email);
        var team = (await EntriesOfAsync(judgeId))[0];
        var judge = await _factory.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.NoContent, (await judge.PutAsJsonAsync(Sheet(team), new { scores = Scores(9), submit = true })).StatusCode);
        var before = (await RankingAsync()).Standings.Single(s => s.EntryId == team).JudgeScore;

        var emptied = await judge.PutAsJsonAsync(Sheet(team), new { scores = new Dictionary<string, double>(), submit = false });
        var partial = await judge.PutAsJsonAsync(Sheet(team), new { scores = new Dictionary<string, double> { ["relevance"] = 3 }, submit = false });

        Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Contains("Chưa chấm tiêu chí", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sheet = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AsNoTracking().SingleAsync(s => s.TeamId == team && s.JudgeUserId == judgeId));
        Assert.Equal(SheetStatus.Submitted, sheet.Status);
        Assert.Equal(Scores(9), sheet.Scores);
        Assert.Equal(before, (await RankingAsync()).Standings.Single(s => s.EntryId == team).JudgeScore);

        // A complete sheet may still be changed and saved while the round is open.
        Assert.Equal(HttpStatusCode.NoContent, (await judge.PutAsJsonAsync(Sheet(team), new { scores = Scores(8), submit = false })).StatusCode);
        Assert.Equal(SheetStatus.Submitted, (await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AsNoTracking().SingleAsync(s => s.TeamId == team && s.JudgeUserId == judgeId))).Status);
    }

    [Fact]
    public async Task Two_saves_of_one_sheet_at_the_same_instant_never_end_in_a_server_error()
    {
        var email = "khaohm@" + DemoTeams.StaffDomain;
        var judgeId = await _factory.UserIdAsync(email);
        var teams = await EntriesOfAsync(judgeId);
        var (first, second) = (await _factory.SignedInAsync(email), await _factory.SignedInAsync(email));

        foreach (var team in teams.Take(3))
        {
            // Both saves read the sheet as it was before either is stored: the first is held until the second arrives.
            using var probe = OverlapProbe.Attach(_factory.Services, "score.save", expected: 2);
            var both = await Task.WhenAll(
                first.PutAsJsonAsync(Sheet(team), new { scores = Scores(6), submit = false }),
                second.PutAsJsonAsync(Sheet(team), new { scores = Scores(7), submit = false }));

            // One is saved, the other refused as a conflict, and one sheet is stored.
            Assert.True(probe.Overlapped, "the first save was held until the second had read the same sheet");
            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
            var sheets = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AsNoTracking().Where(s => s.TeamId == team && s.JudgeUserId == judgeId).ToListAsync());
            var stored = Assert.Single(sheets).Scores;

            // The one answered "saved" is the one kept: the other's scores did not slip in under its refusal.
            Assert.Equal(Scores(both[0].StatusCode == HttpStatusCode.NoContent ? 6 : 7), stored);
        }
    }
}
