using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

public sealed class Round1Fixture : JudgingFactory
{
    public IReadOnlyList<string> Council { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(24);
        Council = await JudgeEmailsAsync(StaffBody.Council);
        await WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await RoundAsync("round1"), CancellationToken.None));
    }
}

[Trait("Category", "Integration")]
public sealed class JudgingRound1Tests(Round1Fixture factory) : IClassFixture<Round1Fixture>
{
    private Task<List<(int TeamId, string JudgeId)>> AssignmentsAsync() => factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<AppDbContext>().Assignments.Where(a => a.RoundCode == "round1").ToListAsync()).Select(a => (a.TeamId, a.JudgeUserId)).ToList());

    [Fact]
    public async Task Every_dossier_gets_three_council_members_and_no_member_carries_more_than_one_above_the_average()
    {
        var entries = await factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await factory.RoundAsync("round1"), CancellationToken.None));
        var assignments = await AssignmentsAsync();

        Assert.InRange(entries.Count, 15, 24);
        Assert.All(entries, e => Assert.Equal(3, assignments.Count(a => a.TeamId == e)));
        var loads = assignments.GroupBy(a => a.JudgeId).Select(g => g.Count()).ToList();
        Assert.Equal(factory.Council.Count, loads.Count);
        Assert.True(loads.Max() <= loads.Average() + 1, string.Join(",", loads));
    }

    [Fact]
    public async Task A_council_member_sees_only_the_dossiers_assigned_and_another_one_does_not_exist_for_them()
    {
        var email = factory.Council[0];
        var judgeId = await factory.UserIdAsync(email);
        var assignments = await AssignmentsAsync();
        var mine = assignments.Where(a => a.JudgeId == judgeId).Select(a => a.TeamId).ToHashSet();
        var other = assignments.Select(a => a.TeamId).First(t => !mine.Contains(t));
        var client = await factory.SignedInAsync(email);

        var home = await client.GetStringAsync("/judging");
        var notMine = await client.GetAsync($"/judging/round1/{other}");
        var api = await client.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{other}/sheet", new { scores = new Dictionary<string, double> { ["innovation"] = 5 }, submit = false });

        // Each assigned entry is listed once; the "next to score" link repeats one of them.
        var listed = System.Text.RegularExpressions.Regex.Matches(home, "href=\"/judging/round1/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(mine.SetEquals(listed), $"listed {string.Join(",", listed)}, assigned {string.Join(",", mine)}");
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task A_score_outside_the_scale_is_refused_naming_the_criterion_and_nothing_is_saved()
    {
        var email = factory.Council[1];
        var judgeId = await factory.UserIdAsync(email);
        var team = (await AssignmentsAsync()).First(a => a.JudgeId == judgeId).TeamId;
        var client = await factory.SignedInAsync(email);

        var response = await client.PostFormAsync($"/judging/round1/{team}", [new("Scores[innovation]", "11"), new("Scores[data]", "7"), new("submit", "true")]);
        var api = await client.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet", new { scores = new Dictionary<string, double> { ["data"] = -1 }, submit = false });

        Assert.Contains("Điểm \"Tính sáng tạo, đổi mới\" phải từ 0 đến 10.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var longNotes = await client.PostFormAsync($"/judging/round1/{team}", [new("Scores[innovation]", "7"), new("Notes", new string('x', 8001)), new("submit", "false")]);
        Assert.Contains("<span class=\"field-error\">Nhận xét quá dài.</span>", WebUtility.HtmlDecode(await longNotes.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AnyAsync(s => s.JudgeUserId == judgeId && s.TeamId == team)));
    }

    [Fact]
    public async Task A_judge_who_declares_a_conflict_no_longer_sees_the_team_and_their_sheet_stops_counting()
    {
        var email = factory.Council[2];
        var judgeId = await factory.UserIdAsync(email);
        var team = (await AssignmentsAsync()).First(a => a.JudgeId == judgeId).TeamId;
        var client = await factory.SignedInAsync(email);
        var full = new Dictionary<string, double> { ["relevance"] = 10, ["innovation"] = 10, ["data"] = 10, ["feasibility"] = 10, ["impact"] = 10 };
        await client.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet", new { scores = full, submit = true });
        var counted = await RankingAsync(team);

        await client.PostFormAsync("/judging/conflicts", [new("TeamId", team.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Tôi là giảng viên hướng dẫn của đội")]);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/judging/round1/{team}")).StatusCode);
        Assert.DoesNotContain($"href=\"/judging/round1/{team}\"", await client.GetStringAsync("/judging"), StringComparison.Ordinal);
        Assert.Equal(1, counted.Judges);
        Assert.Equal(0, (await RankingAsync(team)).Judges);
    }

    [Fact]
    public async Task Criteria_cannot_change_once_the_round_has_opened()
    {
        await factory.CreateUserAsync("btc-tieuchi@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer);
        var organiser = await factory.SignedInAsync("btc-tieuchi@c06.gov.vn");
        var page = await organiser.GetStringAsync("/organizer/editions/2023");
        var fields = System.Text.RegularExpressions.Regex.Matches(page, "<input [^>]*>").Select(m => m.Value)
            .Where(tag => !tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) || tag.Contains("checked", StringComparison.Ordinal))
            .Select(tag => (Name: System.Text.RegularExpressions.Regex.Match(tag, "name=\"([^\"]*)\"").Groups[1].Value, Value: WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(tag, "value=\"([^\"]*)\"").Groups[1].Value)))
            .Where(f => f.Name.Length > 0 && f.Name != "__RequestVerificationToken")
            .GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);
        fields["Form.Rounds[0].Criteria[0].Weight"] = "40";

        var response = await organiser.PostFormAsync("/organizer/editions/2023", fields);

        Assert.Contains("đã bắt đầu: tiêu chí và cách hiệu chỉnh điểm không được thay đổi nữa", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private Task<Web.Domain.Judging.EntryStanding> RankingAsync(int team) => factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<RoundRankingService>().ComputeAsync(await factory.RoundAsync("round1"), CancellationToken.None)).Standings.Single(s => s.EntryId == team));
}
