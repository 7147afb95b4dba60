using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class TeamRegistrationTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private Task<Team> TeamAsync(int id) => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking().Include(t => t.Members).SingleAsync(t => t.Id == id));

    private static async Task<string> InvitationLinkAsync(PlatformFactory factory, string email)
    {
        var message = await factory.Mailbox.WaitForAsync(email, "Lời mời");
        return new Uri(Mailbox.FirstLink(message, "/invitations/")).AbsolutePath;
    }

    [Fact]
    public async Task A_leader_registers_a_team_invites_two_people_and_the_team_is_eligible()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("ha@example.vn", "Đội Bình Minh");
        await factory.CreatePersonAsync("an@example.vn", "Lý Văn An", DataForLife.Population.Sex.Male);
        await factory.CreatePersonAsync("binh@example.vn", "Hồ Thị Bình");

        foreach (var email in new[] { "an@example.vn", "binh@example.vn" })
        {
            await leader.PostFormAsync("/team", [new("InviteEmail", email)], "/team?handler=Invite");
            var link = await InvitationLinkAsync(factory, email);
            var member = factory.CreateBrowserLikeClient();
            await member.SignInAsync(email);
            Assert.Contains("Đội Bình Minh", await member.GetStringAsync(link), StringComparison.Ordinal);
            var accepted = await member.PostFormAsync(link, [], link + "?handler=Accept");
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var team = await TeamAsync(teamId);
        Assert.Equal(3, team.Members.Count);
        Assert.Equal(EligibilityStatus.Eligible, team.Status);
        Assert.Matches("^D4L23-\\d{3}$", team.PublicCode);
        var page = await leader.GetStringAsync("/team");
        Assert.Contains("Đủ điều kiện", page, StringComparison.Ordinal);
        Assert.Contains("Lý Văn An", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_names_are_unique_ignoring_case_and_diacritics()
    {
        await factory.RegisterTeamAsync("saomai1@example.vn", "Đội Sao Mai");
        await factory.CreatePersonAsync("saomai2@example.vn", "Đinh Văn Sang", DataForLife.Population.Sex.Male);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("saomai2@example.vn");

        var response = await client.PostFormAsync("/team", [new("Input.Name", "  doi SAO mai "), new("Input.IdeaName", "Khác"),
            new("Input.Categories", "economy"), new("Input.Abstract", "Tóm tắt")], "/team?handler=Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã có đội mang tên", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_cannot_register_a_second_team_in_the_same_edition()
    {
        var (leader, _) = await factory.RegisterTeamAsync("twice@example.vn", "Đội Thứ Nhất");

        var response = await leader.PostFormAsync("/team", [new("Input.Name", "Đội Thứ Hai"), new("Input.IdeaName", "Ý tưởng"),
            new("Input.Categories", "economy"), new("Input.Abstract", "Tóm tắt")], "/team?handler=Create");

        Assert.Contains("Bạn đã ở trong đội \"Đội Thứ Nhất\"", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_membership_in_one_edition()
    {
        var (_, teamId) = await factory.RegisterTeamAsync("dbcheck@example.vn", "Đội Kiểm Tra");
        var leaderId = (await TeamAsync(teamId)).Members.Single().UserId;

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Teams.Add(Team.Register("2023", 999, "D4L23", "Đội Lén", "Ý tưởng", ["society"], "Tóm tắt", leaderId, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task An_invitation_link_cannot_be_used_twice_nor_by_another_address_nor_after_a_week()
    {
        var (leader, _) = await factory.RegisterTeamAsync("lead-inv@example.vn", "Đội Lời Mời");
        await factory.CreatePersonAsync("invited@example.vn", "Mai Văn Khoa", DataForLife.Population.Sex.Male);
        await factory.CreatePersonAsync("stranger@example.vn", "Tô Thị Lan");
        await leader.PostFormAsync("/team", [new("InviteEmail", "invited@example.vn")], "/team?handler=Invite");
        var link = await InvitationLinkAsync(factory, "invited@example.vn");

        // Inviting the same address again is refused; the page keeps the team's own form filled in.
        var again = await leader.PostFormAsync("/team", [new("InviteEmail", "invited@example.vn")], "/team?handler=Invite");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("<input id=\"Input_Name\" name=\"Input.Name\" type=\"text\" value=\"Đội Lời Mời\"", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var stranger = factory.CreateBrowserLikeClient();
        await stranger.SignInAsync("stranger@example.vn");
        var wrongPerson = await stranger.PostFormAsync(link, [], link + "?handler=Accept");
        Assert.Contains("Lời mời này gửi tới invited@example.vn", WebUtility.HtmlDecode(await wrongPerson.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var invited = factory.CreateBrowserLikeClient();
        await invited.SignInAsync("invited@example.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await invited.PostFormAsync(link, [], link + "?handler=Accept")).StatusCode);
        var reused = await invited.PostFormAsync(link, [], link + "?handler=Accept");
        Assert.Contains("đã được trả lời", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        await using var later = new RegistrationFactory();
        await later.InitializeAsync();
        var (leader, _) = await later.RegisterTeamAsync("lead-exp@example.vn", "Đội Hết Hạn");
        await later.CreatePersonAsync("late@example.vn", "Chu Văn Muộn", DataForLife.Population.Sex.Male);
        await leader.PostFormAsync("/team", [new("InviteEmail", "late@example.vn")], "/team?handler=Invite");
        var link = await InvitationLinkAsync(later, "late@example.vn");
        var token = link.Split('/')[^1];
        await later.CreatePersonAsync("nguoi-khac@example.vn", "Lý Thị Khác", DataForLife.Population.Sex.Female);
        var other = later.CreateBrowserLikeClient();
        await other.SignInAsync("nguoi-khac@example.vn");
        var forOther = await other.PostAsync($"/api/v1/invitations/{token}/accept", null);

        later.Clock.Advance(TimeSpan.FromDays(8));
        var client = later.CreateBrowserLikeClient();
        await client.SignInAsync("late@example.vn");
        var response = await client.PostFormAsync(link, [], link + "?handler=Accept");

        Assert.Contains("Lời mời đã hết hạn", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The API tells a program the same: gone (410); before that, for someone else's address, forbidden (403).
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        var throughApi = await client.PostAsync($"/api/v1/invitations/{token}/accept", null);
        Assert.Equal(HttpStatusCode.Gone, throughApi.StatusCode);
        Assert.Equal("urn:dataforlife:Invitation.Expired", (await throughApi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.False(await later.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.TeamMembers.AnyAsync(m => db.Users.Any(u => u.Id == m.UserId && (u.Email == "late@example.vn" || u.Email == "nguoi-khac@example.vn")));
        }));
    }

    [Fact]
    public async Task Script_in_a_team_name_is_shown_as_text()
    {
        var (leader, _) = await factory.RegisterTeamAsync("xss@example.vn", "<img src=x onerror=alert(1)>");

        var html = await leader.GetStringAsync("/team");

        Assert.DoesNotContain("<img src=x onerror=alert(1)>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_hands_over_leadership_and_then_may_leave()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("handover@example.vn", "Đội Bàn Giao");
        var next = await factory.CreatePersonAsync("next@example.vn", "Quách Văn Tiếp", DataForLife.Population.Sex.Male);
        await leader.PostFormAsync("/team", [new("InviteEmail", "next@example.vn")], "/team?handler=Invite");
        var link = await InvitationLinkAsync(factory, "next@example.vn");
        var member = factory.CreateBrowserLikeClient();
        await member.SignInAsync("next@example.vn");
        await member.PostFormAsync(link, [], link + "?handler=Accept");

        var refused = await leader.PostFormAsync("/team", [], "/team?handler=Leave");
        Assert.Contains("Hãy giao vai trò trưởng nhóm", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await leader.PostFormAsync("/team", [], $"/team?handler=Transfer&memberId={next.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync("/team", [], "/team?handler=Leave")).StatusCode);

        var team = await TeamAsync(teamId);
        Assert.Equal(next.Id, Assert.Single(team.Members).UserId);
        Assert.True(team.Members[0].IsLeader);
    }
}
