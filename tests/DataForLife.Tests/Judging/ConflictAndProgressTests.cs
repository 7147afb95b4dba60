using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DataForLife.Tests.Judging;

/// <summary>
/// Round 1 with one more council member from outside the demo's staff: a researcher at an institute where a member of
/// one team works, and whose e-mail domain five other teams' members share. Dossiers are assigned after that is known.
/// </summary>
public sealed class ConflictFixture : JudgingFactory
{
    public const string Organiser = "btc-xungdot@c06.gov.vn";
    public const string Researcher = "gs.doclap@vien-du-lieu.edu.vn";
    public const string ResearcherName = "Lê Văn Độc Lập";
    public const string Institute = "Viện Dữ liệu Ứng dụng";
    public const string InstituteDomain = "vien-du-lieu.edu.vn";

    public IReadOnlyList<int> Entries { get; private set; } = [];

    public string ResearcherId { get; private set; } = string.Empty;

    /// <summary>The team with a member from the researcher's institute.</summary>
    public int SameOrganisation { get; private set; }

    /// <summary>Teams with a member whose e-mail is at the researcher's domain.</summary>
    public IReadOnlyList<int> SameDomain { get; private set; } = [];

    public HttpClient OrganiserClient { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(24);
        Entries = await WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await RoundAsync("round1"), CancellationToken.None));
        var researcher = await CreateUserAsync(Researcher, role: Roles.Judge, displayName: ResearcherName);
        ResearcherId = researcher.Id;
        SameOrganisation = Entries[0];
        SameDomain = [.. Entries.Skip(1).Take(5)];
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.StaffMembers.Add(new StaffMember
            {
                EditionId = "2023", Body = StaffBody.Council, Position = StaffPosition.Member, FullName = ResearcherName,
                NameKey = VietnameseText.Fold(ResearcherName), Email = Researcher, Organisation = Institute, UserId = researcher.Id, AddedAtUtc = DateTime.UtcNow,
            });

            // The student wrote the institute without diacritics; it is the same place.
            var student = await ProfileOfAMemberAsync(db, SameOrganisation);
            student.Organisation = "vien du lieu ung dung";
            student.WithOrganisationKey();
            var serial = 0;
            foreach (var team in SameDomain)
            {
                (await ProfileOfAMemberAsync(db, team)).Email = $"ncs{++serial}@{InstituteDomain}";
            }

            await db.SaveChangesAsync();
            await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await RoundAsync("round1"), CancellationToken.None);
        });
        await CreateUserAsync(Organiser, role: Roles.Organizer);
        OrganiserClient = await SignedInAsync(Organiser);
    }

    private static async Task<Web.Domain.Registration.Profile> ProfileOfAMemberAsync(AppDbContext db, int teamId)
    {
        var userId = await db.TeamMembers.Where(m => m.TeamId == teamId).OrderBy(m => m.IsLeader).Select(m => m.UserId).FirstAsync();
        return await db.Profiles.SingleAsync(p => p.UserId == userId);
    }
}

[Trait("Category", "Integration")]
public sealed class ConflictAndProgressTests(ConflictFixture factory) : IClassFixture<ConflictFixture>
{
    private const string RoundPage = "/organizer/editions/2023/judging/round1";
    private static readonly string Chuyen = "chuyenbt@" + DemoTeams.StaffDomain;
    private static readonly string Dong = "dongdv@" + DemoTeams.StaffDomain;
    private static readonly string Hoi = "hoint@" + DemoTeams.StaffDomain;
    private static readonly string Khao = "khaohm@" + DemoTeams.StaffDomain;

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    private static Dictionary<string, double> Scores(double relevance, double innovation, double data, double feasibility, double impact) => new()
    {
        ["relevance"] = relevance, ["innovation"] = innovation, ["data"] = data, ["feasibility"] = feasibility, ["impact"] = impact,
    };

    private static string Sheet(int team) => $"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet";

    private Task<Dictionary<int, string>> CodesAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").ToDictionaryAsync(t => t.Id, t => t.PublicCode));

    private Task<List<Assignment>> AssignmentsAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Assignments.AsNoTracking().Where(a => a.RoundCode == "round1").ToListAsync());

    private Task<IReadOnlyList<int>> EntriesOfAsync(string judgeId) =>
        factory.WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().EntriesOfAsync(await factory.RoundAsync("round1"), judgeId, CancellationToken.None));

    private Task<IReadOnlyList<ConflictFinder.Conflict>> ConflictsAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ConflictFinder>().ForEditionAsync("2023", CancellationToken.None));

    private static string? MatrixCell(string html, string judgeId, int entry) =>
        Regex.Match(html, $"<td data-judge=\"{judgeId}\" data-entry=\"{entry}\">([^<]*)</td>") is { Success: true } match ? match.Groups[1].Value : null;

    [Fact]
    public async Task A_judge_sharing_an_organisation_or_an_e_mail_domain_with_a_team_member_is_found_in_conflict_and_told_so()
    {
        var codes = await CodesAsync();
        var researcher = await factory.SignedInAsync(ConflictFixture.Researcher);

        var mine = (await ConflictsAsync()).Where(c => c.JudgeUserId == factory.ResearcherId).ToList();
        var page = Decode(await researcher.GetStringAsync("/judging/conflicts"));
        var matrix = Decode(await factory.OrganiserClient.GetStringAsync(RoundPage));

        Assert.Equal(factory.SameDomain.Append(factory.SameOrganisation).Order(), mine.Select(c => c.TeamId).Order());
        Assert.Equal("organisation: " + ConflictFixture.Institute, mine.Single(c => c.TeamId == factory.SameOrganisation).Reason);
        Assert.All(mine.Where(c => c.TeamId != factory.SameOrganisation), c => Assert.Equal("e-mail domain: " + ConflictFixture.InstituteDomain, c.Reason));
        var list = page[page.IndexOf("id=\"my-conflicts\"", StringComparison.Ordinal)..];
        Assert.Matches($"<li>{Regex.Escape(codes[factory.SameOrganisation])} · [^<]* – organisation: {ConflictFixture.Institute}</li>", list);
        Assert.All(factory.SameDomain, team => Assert.Matches($"<li>{Regex.Escape(codes[team])} · [^<]* – e-mail domain: {Regex.Escape(ConflictFixture.InstituteDomain)}</li>", list));
        Assert.All(mine, c => Assert.Equal("⚠", MatrixCell(matrix, factory.ResearcherId, c.TeamId)));
    }

    [Fact]
    public async Task Automatic_assignment_never_gives_a_dossier_to_a_judge_in_conflict_with_its_team()
    {
        var automatic = (await AssignmentsAsync()).Where(a => !a.ByHand).ToList();
        var conflicted = new[] { factory.SameOrganisation }.Concat(factory.SameDomain).ToList();

        Assert.Contains(automatic, a => a.JudgeUserId == factory.ResearcherId);
        Assert.DoesNotContain(automatic, a => a.JudgeUserId == factory.ResearcherId && conflicted.Contains(a.TeamId));
        Assert.All(conflicted, team => Assert.Equal(3, automatic.Count(a => a.TeamId == team)));
    }

    [Fact]
    public async Task A_judge_in_conflict_by_organisation_cannot_open_or_score_the_team_even_with_an_assignment_on_record()
    {
        var team = factory.SameOrganisation;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Assignments.Add(new Assignment { EditionId = "2023", RoundCode = "round1", TeamId = team, JudgeUserId = factory.ResearcherId, ByHand = true, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        try
        {
            var researcher = await factory.SignedInAsync(ConflictFixture.Researcher);

            var home = await researcher.GetStringAsync("/judging");
            var dossier = await researcher.GetAsync($"/judging/round1/{team}");
            var put = await researcher.PutAsJsonAsync(Sheet(team), new { scores = Scores(10, 10, 10, 10, 10), submit = true });

            Assert.Contains("href=\"/judging/round1/", home, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/judging/round1/{team}\"", home, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, dossier.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
            Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AnyAsync(s => s.TeamId == team && s.JudgeUserId == factory.ResearcherId)));
        }
        finally
        {
            await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Assignments
                .Where(a => a.TeamId == team && a.JudgeUserId == factory.ResearcherId).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_judge_who_declares_a_conflict_with_an_organisation_loses_every_team_with_a_member_from_it()
    {
        var judgeId = await factory.UserIdAsync(Chuyen);
        var team = (await EntriesOfAsync(judgeId))[0];
        var (school, teamsOfSchool) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var leader = await db.TeamMembers.Where(m => m.TeamId == team && m.IsLeader).Select(m => m.UserId).SingleAsync();
            var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == leader);
            var teams = await db.TeamMembers.Where(m => m.EditionId == "2023")
                .Join(db.Profiles, m => m.UserId, p => p.UserId, (m, p) => new { m.TeamId, p.OrganisationKey })
                .Where(x => x.OrganisationKey == profile.OrganisationKey).Select(x => x.TeamId).Distinct().ToListAsync();
            return (profile.Organisation, teams);
        });
        var fileId = await AddDossierFileAsync(team);
        var judge = await factory.SignedInAsync(Chuyen);
        var before = await judge.PutAsJsonAsync(Sheet(team), new { scores = new Dictionary<string, double> { ["relevance"] = 7 }, submit = false });
        Assert.Equal(HttpStatusCode.NoContent, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync($"/judging/round1/{team}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync($"/judging/round1/{team}/files/{fileId}")).StatusCode);

        // Without a reason nothing is declared, and the organisation typed is still in the form.
        var incomplete = Decode(await (await judge.PostFormAsync("/judging/conflicts", [new("Organisation", school.ToUpperInvariant()), new("Reason", " ")])).Content.ReadAsStringAsync());
        Assert.Contains("Hãy chọn một đội hoặc ghi tên tổ chức, và ghi lý do.", incomplete, StringComparison.Ordinal);
        Assert.Contains($"name=\"Organisation\" type=\"text\" value=\"{school.ToUpperInvariant()}\"", incomplete, StringComparison.Ordinal);
        // An organisation or a reason longer than its column, or a team id of no team of this edition, is refused with the reason.
        foreach (var (organisation, reason, teamId) in new[] { (new string('T', 201), "Lý do", (string?)null), (school, new string('L', 2001), null), (null, "Lý do", "999999") })
        {
            KeyValuePair<string, string>[] form = teamId is null ? [new("Organisation", organisation!), new("Reason", reason)] : [new("TeamId", teamId), new("Reason", reason)];
            var refused = Decode(await (await judge.PostFormAsync("/judging/conflicts", form)).Content.ReadAsStringAsync());
            Assert.Contains("Không ghi nhận được: đội không thuộc mùa thi này, hoặc tên tổ chức dài quá 200 ký tự, lý do dài quá 2000 ký tự.", refused, StringComparison.Ordinal);
        }

        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DeclaredConflicts.AnyAsync(d => d.JudgeUserId == judgeId)));
        var declared = await judge.PostFormAsync("/judging/conflicts", [new("Organisation", school.ToUpperInvariant()), new("Reason", "Tôi là giảng viên của trường")]);

        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        var codes = await CodesAsync();
        var list = Decode(await judge.GetStringAsync("/judging/conflicts"));
        Assert.All(teamsOfSchool, t => Assert.Contains($"<li>{codes[t]} · ", list, StringComparison.Ordinal));
        Assert.Equal(teamsOfSchool.Count, Regex.Count(list, "– declared: Tôi là giảng viên của trường</li>"));
        var home = await judge.GetStringAsync("/judging");
        Assert.All(teamsOfSchool, t => Assert.DoesNotContain($"href=\"/judging/round1/{t}\"", home, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/judging/round1/{team}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/judging/round1/{team}/files/{fileId}")).StatusCode);
        var after = await judge.PutAsJsonAsync(Sheet(team), new { scores = new Dictionary<string, double> { ["relevance"] = 9 }, submit = false });
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var kept = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.AsNoTracking().SingleAsync(s => s.TeamId == team && s.JudgeUserId == judgeId));
        Assert.Equal(7, kept.Scores["relevance"]);
    }

    /// <summary>A PDF in the team's dossier, uploaded by its leader before the deadline.</summary>
    private Task<Guid> AddDossierFileAsync(int team) => factory.WithScopeAsync(async sp =>
    {
        var context = (await sp.GetRequiredService<DossierAccess>().ForOrganiserAsync(team, CancellationToken.None))!;
        var leader = context.Team.Members.Single(m => m.IsLeader).UserId;
        using var body = new MemoryStream(TestFiles.Pdf());
        var outcome = await sp.GetRequiredService<DossierUploads>().UploadAsync(context, leader, DossierFileKind.Pdf, "ke-hoach.pdf", body,
            SubmissionFactory.Deadline.UtcDateTime.AddDays(-2));
        return outcome.File!.Id;
    });

    [Fact]
    public async Task An_organiser_assigns_and_unassigns_a_dossier_by_hand_and_the_matrix_shows_it()
    {
        var judgeId = await factory.UserIdAsync(Khao);
        var assigned = (await AssignmentsAsync()).Where(a => a.JudgeUserId == judgeId).Select(a => a.TeamId).ToHashSet();
        var entry = factory.Entries.First(e => !assigned.Contains(e));
        Assert.Equal(string.Empty, MatrixCell(Decode(await factory.OrganiserClient.GetStringAsync(RoundPage)), judgeId, entry));

        var response = await factory.OrganiserClient.PostFormAsync(RoundPage, [new("teamId", Id(entry)), new("judgeId", judgeId), new("assign", "true")], RoundPage + "?handler=Assign");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = Decode(await factory.OrganiserClient.GetStringAsync(RoundPage));
        Assert.Contains("Đã lưu.", page, StringComparison.Ordinal);
        Assert.Equal("✓", MatrixCell(page, judgeId, entry));
        Assert.Contains(entry, await EntriesOfAsync(judgeId));
        Assert.True((await AssignmentsAsync()).Single(a => a.JudgeUserId == judgeId && a.TeamId == entry).ByHand);

        var notAnEntry = await factory.OrganiserClient.PostFormAsync(RoundPage,
            [new("teamId", "999999"), new("judgeId", factory.ResearcherId), new("assign", "true")], RoundPage + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, notAnEntry.StatusCode);
        Assert.Contains("Không giao được: đội không thuộc vòng này", Decode(await factory.OrganiserClient.GetStringAsync(RoundPage)), StringComparison.Ordinal);
        // A person who is not a judge of the round (here a team's leader) is refused the same way, and nothing is stored.
        var leaderId = await factory.UserIdAsync(await factory.LeaderOfAsync(entry));
        var notAJudge = await factory.OrganiserClient.PostFormAsync(RoundPage,
            [new("teamId", Id(entry)), new("judgeId", leaderId), new("assign", "true")], RoundPage + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, notAJudge.StatusCode);
        Assert.Contains("người này không phải giám khảo của vòng", Decode(await factory.OrganiserClient.GetStringAsync(RoundPage)), StringComparison.Ordinal);
        Assert.DoesNotContain(await AssignmentsAsync(), a => a.JudgeUserId == leaderId);
        var conflicted = await factory.OrganiserClient.PostFormAsync(RoundPage,
            [new("teamId", Id(factory.SameOrganisation)), new("judgeId", factory.ResearcherId), new("assign", "true")], RoundPage + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, conflicted.StatusCode);
        page = Decode(await factory.OrganiserClient.GetStringAsync(RoundPage));
        Assert.Contains("<p class=\"alert\" role=\"alert\" id=\"alert\">Không giao được: giám khảo có xung đột lợi ích với đội này.</p>", page, StringComparison.Ordinal);
        Assert.Equal("⚠", MatrixCell(page, factory.ResearcherId, factory.SameOrganisation));
        Assert.DoesNotContain(await AssignmentsAsync(), a => a.JudgeUserId == factory.ResearcherId && a.TeamId == factory.SameOrganisation);

        await factory.OrganiserClient.PostFormAsync(RoundPage, [new("teamId", Id(entry)), new("judgeId", judgeId), new("assign", "false")], RoundPage + "?handler=Assign");
        Assert.Equal(string.Empty, MatrixCell(Decode(await factory.OrganiserClient.GetStringAsync(RoundPage)), judgeId, entry));
        Assert.DoesNotContain(entry, await EntriesOfAsync(judgeId));
    }

    [Fact]
    public async Task The_head_of_the_jury_sees_who_is_late_and_a_nudge_reaches_the_late_judge_by_e_mail()
    {
        var (dongId, hoiId) = (await factory.UserIdAsync(Dong), await factory.UserIdAsync(Hoi));
        var dongEntries = await EntriesOfAsync(dongId);
        var hoiEntries = await EntriesOfAsync(hoiId);
        var dong = await factory.SignedInAsync(Dong);
        foreach (var team in dongEntries)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await dong.PutAsJsonAsync(Sheet(team), new { scores = Scores(8, 8, 8, 8, 8), submit = true })).StatusCode);
        }

        var head = await factory.SignedInAsync(JudgingFactory.Head);
        var progress = Decode(await head.GetStringAsync("/judging/progress"));

        var done = ProgressRow(progress, "Đỗ Văn Đồng");
        var late = ProgressRow(progress, "Ngô Thị Hội");
        Assert.Contains($"{dongEntries.Count} / {dongEntries.Count}", done, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Nudge", done, StringComparison.Ordinal);
        Assert.Contains($"0 / {hoiEntries.Count}", late, StringComparison.Ordinal);
        Assert.Contains("handler=Nudge", late, StringComparison.Ordinal);

        var nudged = await head.PostFormAsync("/judging/progress", [], $"/judging/progress?handler=Nudge&judgeId={hoiId}&round=round1");

        Assert.Equal(HttpStatusCode.Redirect, nudged.StatusCode);
        Assert.Contains("Đã gửi e-mail nhắc Ngô Thị Hội.", Decode(await head.GetStringAsync("/judging/progress")), StringComparison.Ordinal);
        var mail = await factory.Mailbox.WaitForAsync(Hoi, "Nhắc chấm thi");
        Assert.Contains($"Bạn đã nộp 0/{hoiEntries.Count} phiếu chấm của vòng round1", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Mailbox.To(Dong), m => (m.Subject ?? string.Empty).Contains("Nhắc chấm thi", StringComparison.Ordinal));
        var member = await factory.SignedInAsync(Khao);
        var refused = await member.GetAsync("/judging/progress");
        Assert.StartsWith("http://localhost/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The row of the progress table that names the judge (in the given round).</summary>
    private static string ProgressRow(string html, string name, string round = "round1") =>
        Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .Single(row => row.Contains($"<td>{name}</td>", StringComparison.Ordinal) && row.Contains($"<td>{round}</td>", StringComparison.Ordinal));

    [Fact]
    public async Task The_public_rules_page_lists_each_rounds_criteria_with_their_weights()
    {
        var definition = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!.Definition);

        var page = Decode(await factory.CreateClient().GetStringAsync("/rules"));

        Assert.Equal(3, definition.Rounds.Count(r => r.Criteria.Count > 0));
        foreach (var round in definition.Rounds.Where(r => r.Criteria.Count > 0))
        {
            var start = page.IndexOf($"<section data-round=\"{round.Code}\">", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no criteria for {round.Code}");
            var section = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
            Assert.Contains(round.Name.Vi, section, StringComparison.Ordinal);
            var total = round.Criteria.Sum(c => c.Weight);
            foreach (var criterion in round.Criteria)
            {
                var percent = Math.Round(criterion.Weight * 100 / total, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
                Assert.Matches($"<strong>{Regex.Escape(criterion.Name.Vi)}</strong><br><span class=\"muted\">[^<]*</span></td>\\s*<td class=\"num\">{percent}%</td><td class=\"num\">0–{criterion.ScaleMax}</td>", section);
            }
        }

        Assert.Matches("<strong>Tính sáng tạo, đổi mới</strong><br><span class=\"muted\">[^<]*</span></td>\\s*<td class=\"num\">25%</td>", page);
    }

    [Fact]
    public async Task The_score_export_has_a_sheet_by_judge_and_one_by_entry_with_every_score_sheet()
    {
        var codes = await CodesAsync();
        var names = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").ToDictionaryAsync(t => t.Id, t => t.Name));
        var khaoId = await factory.UserIdAsync(Khao);
        var khaoTeams = (await EntriesOfAsync(khaoId)).Take(2).ToList();
        var researcherTeam = (await EntriesOfAsync(factory.ResearcherId))[0];
        var khao = await factory.SignedInAsync(Khao);
        var researcher = await factory.SignedInAsync(ConflictFixture.Researcher);
        await khao.PutAsJsonAsync(Sheet(khaoTeams[0]), new { scores = Scores(10, 8, 6, 4, 2), notes = "Dữ liệu tốt", submit = true });
        await khao.PutAsJsonAsync(Sheet(khaoTeams[1]), new { scores = Scores(5, 5, 5, 5, 5), submit = true });
        await researcher.PutAsJsonAsync(Sheet(researcherTeam), new { scores = new Dictionary<string, double> { ["data"] = 9 }, submit = false });
        var sheets = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.CountAsync(s => s.RoundCode == "round1"));

        // The round is still open, so the page refuses the download (SheetVisibilityTests); the workbook it gives once
        // the round has closed is written by the export itself.
        using var workbook = new MemoryStream();
        await factory.WithScopeAsync(async sp => await sp.GetRequiredService<ScoreSheetExport>().WriteAsync(workbook, await factory.RoundAsync("round1"), CancellationToken.None));
        workbook.Position = 0;
        Assert.Equal(["by judge", "by entry"], MiniExcel.GetSheetNames(workbook));
        var byJudge = Rows(workbook, "by judge");
        var byEntry = Rows(workbook, "by entry");
        Assert.Equal(sheets, byJudge.Count);
        Assert.Equal(sheets, byEntry.Count);
        Assert.Equal(byJudge.Select(Pair).Order(), byEntry.Select(Pair).Order());
        Assert.True(Grouped(byJudge.Select(r => r["judge"])), "the sheet by judge keeps each judge's rows together");
        Assert.True(Grouped(byEntry.Select(r => r["team"])), "the sheet by entry keeps each entry's rows together");

        foreach (var rows in new[] { byJudge, byEntry })
        {
            var first = rows.Single(r => r["judge"] == "Hà Minh Khảo" && r["team"] == $"{codes[khaoTeams[0]]} {names[khaoTeams[0]]}");
            Assert.Equal(("Submitted", "10", "8", "2", "63", "Dữ liệu tốt"), (first["status"], first["relevance"], first["innovation"], first["impact"], first["total"], first["notes"]));
            var second = rows.Single(r => r["judge"] == "Hà Minh Khảo" && r["team"] == $"{codes[khaoTeams[1]]} {names[khaoTeams[1]]}");
            Assert.Equal("50", second["total"]);
            var draft = rows.Single(r => r["judge"] == ConflictFixture.ResearcherName && r["team"] == $"{codes[researcherTeam]} {names[researcherTeam]}");
            Assert.Equal(("Draft", "9", string.Empty), (draft["status"], draft["data"], draft["relevance"]));
        }
    }

    private static string Pair(IReadOnlyDictionary<string, string> row) => row["judge"] + " | " + row["team"];

    private static List<IReadOnlyDictionary<string, string>> Rows(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(row => (IReadOnlyDictionary<string, string>)row.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? string.Empty))];
    }

    /// <summary>Whether equal values are next to each other: once a value is left, it does not come back.</summary>
    private static bool Grouped(IEnumerable<string> values)
    {
        var seen = new HashSet<string>();
        string? previous = null;
        foreach (var value in values)
        {
            if (value != previous)
            {
                if (!seen.Add(value))
                {
                    return false;
                }

                previous = value;
            }
        }

        return true;
    }

    [Fact]
    public async Task A_group_lead_sees_the_late_judges_of_their_group_only_and_nudges_one()
    {
        var platform = await Round2PlatformAsync();
        try
        {
            var lead = "hocpm@" + DemoTeams.StaffDomain;
            var member = "khoakv@" + DemoTeams.StaffDomain;
            var otherGroup = "dault@" + DemoTeams.StaffDomain;
            var ids = new Dictionary<string, string>();
            foreach (var email in new[] { lead, member, otherGroup })
            {
                ids[email] = await platform.UserIdAsync(email);
            }

            var organiser = await platform.SignedInAsync(ConflictFixture.Organiser);
            var sessionId = await CreateSessionAsync(platform, organiser, "HaNoi", null, [.. ids.Values]);
            var teams = await EntriesAsync(platform, "round2");
            for (var position = 0; position < 2; position++)
            {
                await organiser.PostFormAsync("/organizer/editions/2023/judging/round2", [new("teamId", Id(teams[position]))],
                    $"/organizer/editions/2023/judging/round2?handler=Place&sessionId={sessionId}&position={position}");
            }

            platform.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 10, 3, 9));
            var leadClient = await platform.SignedInAsync(lead);
            var full = new Dictionary<string, double> { ["innovation"] = 7, ["data"] = 7, ["feasibility"] = 7, ["impact"] = 7, ["pitch"] = 7 };
            foreach (var team in teams.Take(2))
            {
                var saved = await leadClient.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round2/teams/{team}/sheet", new { scores = full, submit = true });
                Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
            }

            var progress = Decode(await leadClient.GetStringAsync("/judging/progress"));

            Assert.Contains("2 / 2", ProgressRow(progress, "Phạm Minh Học", "round2"), StringComparison.Ordinal);
            Assert.DoesNotContain("handler=Nudge", ProgressRow(progress, "Phạm Minh Học", "round2"), StringComparison.Ordinal);
            Assert.Contains("0 / 2", ProgressRow(progress, "Kiều Văn Khoa", "round2"), StringComparison.Ordinal);
            Assert.Contains("handler=Nudge", ProgressRow(progress, "Kiều Văn Khoa", "round2"), StringComparison.Ordinal);
            Assert.DoesNotContain("Lạc Thị Đầu", progress, StringComparison.Ordinal);
            var head = await platform.SignedInAsync(JudgingFactory.Head);
            Assert.Contains("0 / 2", ProgressRow(Decode(await head.GetStringAsync("/judging/progress")), "Lạc Thị Đầu", "round2"), StringComparison.Ordinal);

            var outside = await leadClient.PostFormAsync("/judging/progress", [], $"/judging/progress?handler=Nudge&judgeId={ids[otherGroup]}&round=round2");
            var nudged = await leadClient.PostFormAsync("/judging/progress", [], $"/judging/progress?handler=Nudge&judgeId={ids[member]}&round=round2");

            Assert.StartsWith("http://localhost/account/access-denied", outside.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, nudged.StatusCode);
            var mail = await platform.Mailbox.WaitForAsync(member, "Nhắc chấm thi");
            Assert.Contains("Kiều Văn Khoa", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Bạn đã nộp 0/2 phiếu chấm của vòng round2", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(platform.Mailbox.To(otherGroup), m => (m.Subject ?? string.Empty).Contains("Nhắc chấm thi", StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)platform).DisposeAsync();
        }
    }

    [Fact]
    public async Task An_online_pitch_session_gives_its_meeting_link_to_a_team_once_it_holds_a_slot()
    {
        const string link = "https://meet.dataforlife.vn/so-khao/phong-1";
        var platform = await Round2PlatformAsync();
        try
        {
            var organiser = await platform.SignedInAsync(ConflictFixture.Organiser);
            var jury = await platform.UserIdAsync("khoakv@" + DemoTeams.StaffDomain);
            var noLink = await organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
                [new("Session.Venue", "Online"), new("Session.StartsAt", "2023-10-02T14:00"), new("Session.SlotMinutes", "20"), new("Session.Slots", "4"), new("Session.MeetingLink", "http://meet.example/x")],
                "/organizer/editions/2023/judging/round2?handler=Session");
            // Refused, the form comes back as it was filled in, with the reason beside it.
            Assert.Equal(HttpStatusCode.OK, noLink.StatusCode);
            var refused = Decode(await noLink.Content.ReadAsStringAsync());
            Assert.Contains("Buổi trực tuyến cần đường dẫn họp (https).", refused, StringComparison.Ordinal);
            Assert.Contains("<option value=\"Online\" selected=\"selected\">", refused, StringComparison.Ordinal);
            Assert.Contains("value=\"2023-10-02T14:00\"", refused, StringComparison.Ordinal);
            Assert.Contains("value=\"http://meet.example/x\"", refused, StringComparison.Ordinal);
            var noStart = await organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
                [new("Session.Venue", "HaNoi"), new("Session.StartsAt", ""), new("Session.SlotMinutes", "20"), new("Session.Slots", "4")],
                "/organizer/editions/2023/judging/round2?handler=Session");
            Assert.Contains("Hãy chọn ngày giờ bắt đầu buổi thuyết trình.", Decode(await noStart.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            var notADate = await organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
                [new("Session.Venue", "HaNoi"), new("Session.StartsAt", "ngày mai"), new("Session.SlotMinutes", "20"), new("Session.Slots", "4")],
                "/organizer/editions/2023/judging/round2?handler=Session");
            Assert.Contains("Hãy chọn ngày giờ bắt đầu buổi thuyết trình.", Decode(await notADate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            var notANumber = await organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
                [new("Session.Venue", "HaNoi"), new("Session.StartsAt", "2023-10-02T14:00"), new("Session.SlotMinutes", "mười"), new("Session.Slots", "4")],
                "/organizer/editions/2023/judging/round2?handler=Session");
            Assert.Contains("Mỗi lượt từ 5 đến 120 phút, từ 1 đến 40 lượt.", Decode(await notANumber.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(0, await platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.CountAsync()));

            var sessionId = await CreateSessionAsync(platform, organiser, "Online", link, [jury]);
            var teams = await EntriesAsync(platform, "round2");
            var placed = await platform.SignedInAsync(await platform.LeaderOfAsync(teams[0]));
            var waiting = await platform.SignedInAsync(await platform.LeaderOfAsync(teams[1]));
            var before = await placed.GetStringAsync("/team/pitch");

            await organiser.PostFormAsync("/organizer/editions/2023/judging/round2", [new("teamId", Id(teams[0]))],
                $"/organizer/editions/2023/judging/round2?handler=Place&sessionId={sessionId}&position=2");

            Assert.Contains("id=\"no-slot\"", before, StringComparison.Ordinal);
            Assert.DoesNotContain(link, before, StringComparison.Ordinal);
            var after = Decode(await placed.GetStringAsync("/team/pitch"));
            var slot = Regex.Match(after, "<p class=\"notice\" id=\"my-slot\">(.*?)</p>", RegexOptions.Singleline);
            Assert.True(slot.Success, "the team sees its slot");
            Assert.Contains("Trực tuyến", slot.Value, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{link}\">Đường dẫn họp trực tuyến</a>", slot.Value, StringComparison.Ordinal);
            Assert.DoesNotContain(link, await waiting.GetStringAsync("/team/pitch"), StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{link}\">{link}</a>", await organiser.GetStringAsync("/organizer/editions/2023/judging/round2"), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)platform).DisposeAsync();
        }
    }

    private static Task<IReadOnlyList<int>> EntriesAsync(JudgingFactory platform, string round) =>
        platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await platform.RoundAsync(round), CancellationToken.None));

    private static async Task<int> CreateSessionAsync(JudgingFactory platform, HttpClient organiser, string venue, string? link, IReadOnlyList<string> judges)
    {
        var response = await organiser.PostFormAsync("/organizer/editions/2023/judging/round2",
            [new("Session.Venue", venue), new("Session.StartsAt", "2023-10-02T14:00"), new("Session.SlotMinutes", "20"), new("Session.Slots", "4"),
             new("Session.MeetingLink", link ?? string.Empty), .. judges.Select(j => new KeyValuePair<string, string>("Session.JudgeIds", j))],
            "/organizer/editions/2023/judging/round2?handler=Session");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PitchSessions.Select(s => s.Id).SingleAsync());
    }

    /// <summary>A platform of its own where the council has scored round 1 and the organisers published it: round 2 has its entries.</summary>
    private static async Task<JudgingFactory> Round2PlatformAsync()
    {
        var platform = new JudgingFactory();
        await platform.InitializeAsync();
        await platform.SeedAsync(12);
        await platform.CreateUserAsync(ConflictFixture.Organiser, role: Roles.Organizer);
        var organiser = await platform.SignedInAsync(ConflictFixture.Organiser);
        await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=AutoAssign");
        var entries = (await EntriesAsync(platform, "round1")).ToList();
        await platform.ScoreEverythingAsync("round1", team => 0.2 + (entries.IndexOf(team) * 0.05));
        var published = await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(entries.Order(), (await EntriesAsync(platform, "round2")).Order());
        return platform;
    }
}
