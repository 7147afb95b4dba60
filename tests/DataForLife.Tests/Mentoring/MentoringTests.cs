using System.Globalization;
using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Mentoring;

/// <summary>Mentors proposed, confirmed (or refused with the reason, nothing saved), told by e-mail; each sees only their teams.</summary>
[Trait("Category", "Integration")]
public sealed class MentoringTests : IAsyncLifetime
{
    private readonly JudgingFactory _factory = new();
    private IReadOnlyList<int> _finalists = [];
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        _finalists = await _factory.PublishFinalistsAsync();
        _organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>The public mentors' section of a page, decoded.</summary>
    private static string MentorsSection(string html)
    {
        var start = html.IndexOf("id=\"mentors\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page names no mentors");
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)]);
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> ConfirmAsync(params (int Team, int Mentor)[] choices) =>
        _organiser.PostFormAsync("/organizer/editions/2023/mentors", choices.Select(c => new KeyValuePair<string, string>($"Choice[{c.Team}]", Id(c.Mentor))),
            "/organizer/editions/2023/mentors?handler=Confirm");

    private Task<int> ConfirmedCountAsync() => _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MentorAssignments.CountAsync());

    private async Task<HttpClient> MentorClientAsync(string email)
    {
        await _factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.AddPasswordAsync(user, TestUsers.Password);
        });
        return await _factory.SignedInAsync(email);
    }

    [Fact]
    public async Task The_proposal_avoids_a_members_organisation_and_a_confirmed_mentor_and_the_team_are_told_by_e_mail()
    {
        var team = _finalists[0];
        var organisation = await _factory.OrganisationOfAsync(team);
        var conflicted = await _factory.AddMentorAsync("Đồng Văn Đơn Vị", "donvi@covan.vn", organisation, "government,society,economy", capacity: 10);
        var other = await _factory.AddMentorAsync("Hoàng Thị Cố Vấn", "covan.hoang@covan.vn", "Viện Dữ liệu Mở", "identity-fraud", capacity: 10);

        var page = WebUtility.HtmlDecode(await _organiser.GetStringAsync("/organizer/editions/2023/mentors"));
        Assert.Contains("Hoàng Thị Cố Vấn", page, StringComparison.Ordinal);
        var proposals = await _factory.WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<Web.Features.Editions.EditionStore>().FindAsync("2023"))!;
            return (await sp.GetRequiredService<Web.Features.Mentoring.MentorProposals>().ForAsync(edition, CancellationToken.None))!.Proposals;
        });
        Assert.Equal(10, proposals.Count);
        Assert.Equal(other, proposals.Single(p => p.TeamId == team).StaffId);
        Assert.DoesNotContain(proposals, p => p.StaffId == conflicted && p.TeamId == team);

        var confirmed = await ConfirmAsync((team, other));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var leader = await _factory.LeaderOfAsync(team);
        var toTeam = await _factory.Mailbox.WaitForAsync(leader, "Cố vấn của đội");
        Assert.Contains("Hoàng Thị Cố Vấn", toTeam.TextBody, StringComparison.Ordinal);
        var toMentor = await _factory.Mailbox.WaitForAsync("covan.hoang@covan.vn", "Đội bạn cố vấn");
        Assert.Contains("/account/reset-password", toMentor.TextBody, StringComparison.Ordinal);
        Assert.True(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "mentor.confirmed")));
    }

    [Fact]
    public async Task A_mentor_from_a_members_organisation_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var organisation = await _factory.OrganisationOfAsync(_finalists[1]);
        var conflicted = await _factory.AddMentorAsync("Đồng Văn Đơn Vị", "donvi@covan.vn", organisation, "government");
        var fine = await _factory.AddMentorAsync("Lương Thị Hợp Lệ", "hople@covan.vn", "Viện Dữ liệu Mở", "government");

        var refused = await ConfirmAsync((_finalists[0], fine), (_finalists[1], conflicted));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("làm việc cùng đơn vị với một thành viên của đội", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await ConfirmedCountAsync());
    }

    [Fact]
    public async Task A_mentor_who_is_on_the_jury_judges_the_finalists_and_is_refused()
    {
        var juror = $"hocpm@{DemoTeams.StaffDomain}";
        var mentor = await _factory.AddMentorAsync("Phạm Minh Học", juror, "Trường Công nghệ Thông tin và Truyền thông", "government");

        var refused = await ConfirmAsync((_finalists[0], mentor));

        Assert.Contains("là giám khảo chấm đội này", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await ConfirmedCountAsync());
    }

    [Fact]
    public async Task A_mentor_past_their_capacity_or_without_an_e_mail_or_for_a_team_outside_the_TOP_10_is_refused()
    {
        var one = await _factory.AddMentorAsync("Kha Văn Một Đội", "motdoi@covan.vn", "Viện Dữ liệu Mở", "economy", capacity: 1);
        var silent = await _factory.AddMentorAsync("Quách Thị Không Thư", null, "Viện Dữ liệu Mở", "economy");
        var outsider = await _factory.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Teams.Select(t => t.Id).ToListAsync()).First(t => !_finalists.Contains(t)));

        var full = WebUtility.HtmlDecode(await (await ConfirmAsync((_finalists[0], one), (_finalists[1], one))).Content.ReadAsStringAsync());
        var noMail = WebUtility.HtmlDecode(await (await ConfirmAsync((_finalists[2], silent))).Content.ReadAsStringAsync());
        var notFinalist = WebUtility.HtmlDecode(await (await ConfirmAsync((outsider, one))).Content.ReadAsStringAsync());

        Assert.Contains("chỉ nhận tối đa 1 đội", full, StringComparison.Ordinal);
        Assert.Contains("chưa có e-mail trong danh sách", noMail, StringComparison.Ordinal);
        Assert.Contains("không thuộc TOP 10", notFinalist, StringComparison.Ordinal);
        Assert.Equal(0, await ConfirmedCountAsync());
    }

    [Fact]
    public async Task A_mentor_sees_their_team_and_writes_in_its_log_but_another_team_is_not_found()
    {
        var mentor = await _factory.AddMentorAsync("Hoàng Thị Cố Vấn", "covan.hoang@covan.vn", "Viện Dữ liệu Mở", "identity-fraud", capacity: 2);
        await ConfirmAsync((_finalists[0], mentor));
        var client = await MentorClientAsync("covan.hoang@covan.vn");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/mentor/teams/{_finalists[0]}"));
        Assert.Contains("id=\"contacts\"", page, StringComparison.Ordinal);
        Assert.Contains(await _factory.LeaderOfAsync(_finalists[0]), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/mentor/teams/{_finalists[1]}")).StatusCode);
        var written = await client.PostFormAsync($"/mentor/teams/{_finalists[0]}", [new("Input.Kind", "Advice"), new("Input.Text", "Nên đo thời gian xử lý trước và sau.")],
            $"/mentor/teams/{_finalists[0]}?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var elsewhere = await client.PostFormAsync($"/mentor/teams/{_finalists[0]}", [new("Input.Kind", "Advice"), new("Input.Text", "Lạc sang đội khác")],
            $"/mentor/teams/{_finalists[1]}?handler=Note");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        var team = await _factory.SignedInAsync(await _factory.LeaderOfAsync(_finalists[0]));
        Assert.Contains("Nên đo thời gian xử lý trước và sau.", WebUtility.HtmlDecode(await team.GetStringAsync("/team/mentoring")), StringComparison.Ordinal);
        var otherTeam = await _factory.SignedInAsync(await _factory.LeaderOfAsync(_finalists[1]));
        Assert.DoesNotContain("Nên đo thời gian", WebUtility.HtmlDecode(await otherTeam.GetStringAsync("/team/mentoring")), StringComparison.Ordinal);
        Assert.Contains("Nên đo thời gian xử lý trước và sau.", WebUtility.HtmlDecode(await _organiser.GetStringAsync($"/organizer/editions/2023/mentors/{_finalists[0]}")), StringComparison.Ordinal);
        var notMentor = await team.GetAsync($"/mentor/teams/{_finalists[0]}");
        Assert.Equal(HttpStatusCode.Redirect, notMentor.StatusCode);
        Assert.Contains("/account/access-denied", notMentor.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_rules_name_confirmed_mentors_in_Vietnamese_and_English_and_no_one_before()
    {
        var mentor = await _factory.AddMentorAsync("Hoàng Thị Cố Vấn", "covan.hoang@covan.vn", "Viện Dữ liệu Mở", "identity-fraud,government");
        var reader = _factory.CreateBrowserLikeClient();
        Assert.DoesNotContain("Hoàng Thị Cố Vấn", WebUtility.HtmlDecode(await reader.GetStringAsync("/rules")), StringComparison.Ordinal);

        await ConfirmAsync((_finalists[0], mentor));

        var vietnamese = MentorsSection(await reader.GetStringAsync("/rules"));
        Assert.Contains("Hoàng Thị Cố Vấn", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Viện Dữ liệu Mở", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Chính phủ số, Phát hiện gian lận định danh", vietnamese, StringComparison.Ordinal);
        await reader.UseEnglishAsync();
        var english = MentorsSection(await reader.GetStringAsync("/rules"));
        Assert.Contains("Mentors", english, StringComparison.Ordinal);
        Assert.Contains("Hoàng Thị Cố Vấn", english, StringComparison.Ordinal);
        Assert.Contains("Digital Government, Identity-fraud detection", english, StringComparison.Ordinal);
        Assert.Contains("Hoàng Thị Cố Vấn", WebUtility.HtmlDecode(await reader.GetStringAsync("/")), StringComparison.Ordinal);
    }
}
