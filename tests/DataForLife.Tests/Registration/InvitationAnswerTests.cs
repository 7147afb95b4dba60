using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class InvitationAnswerTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_person_without_a_profile_fills_it_in_from_the_invitation_and_comes_back_to_it_told_it_was_saved()
    {
        var (leader, _) = await factory.RegisterTeamAsync("profile-lead@example.vn", "Đội Hồ Sơ Sau");
        await factory.CreateUserAsync("chua-ho-so@example.vn");
        await InviteAsync(leader, "chua-ho-so@example.vn");
        var link = await InvitationLinkAsync(factory, "chua-ho-so@example.vn");
        var invited = await SignedInAsync(factory, "chua-ho-so@example.vn");
        var refused = await invited.PostFormAsync(link, [], link + "?handler=Accept");
        var before = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/profile?returnUrl=" + Uri.EscapeDataString(link) + "\"", before, StringComparison.Ordinal);

        var saved = await invited.PostFormAsync("/profile?returnUrl=" + Uri.EscapeDataString(link), [new("Input.FullName", "Trần Thị Hồ Sơ"),
            new("Input.DateOfBirth", "2001-04-30"), new("Input.Sex", "Female"), new("Input.Nationality", "VN"), new("Input.CountryOfResidence", "VN"),
            new("Input.DocumentNumber", "001301012345"), new("Input.Phone", "0912345679"), new("Input.Organisation", "Đại học Huế"),
            new("ReturnUrl", link)]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(link, saved.Headers.Location?.OriginalString);
        var after = WebUtility.HtmlDecode(await invited.GetStringAsync(link));
        Assert.Contains("<p class=\"notice\" role=\"status\" id=\"notice\">Đã lưu hồ sơ cá nhân.</p>", after, StringComparison.Ordinal);
        Assert.Contains("Đồng ý tham gia", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_declines_an_invitation_does_not_join_and_it_leaves_the_leaders_open_invitations()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("decline-lead@example.vn", "Đội Từ Chối");
        var declining = await factory.CreatePersonAsync("decliner@example.vn", "Lâm Thị Từ");
        await InviteAsync(leader, "decliner@example.vn");
        Assert.Contains("decliner@example.vn", PendingInvitations(await leader.GetStringAsync("/team")), StringComparison.Ordinal);
        var link = await InvitationLinkAsync(factory, "decliner@example.vn");
        var invited = await SignedInAsync(factory, "decliner@example.vn");

        var declined = await invited.PostFormAsync(link, [], link + "?handler=Decline");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal("/team", declined.Headers.Location?.OriginalString);
        Assert.Contains("Bạn đã từ chối lời mời.", WebUtility.HtmlDecode(await invited.GetStringAsync("/team")), StringComparison.Ordinal);
        Assert.DoesNotContain((await TeamAsync(factory, teamId)).Members, m => m.UserId == declining.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await invited.GetAsync("/api/v1/me/team")).StatusCode);
        var leaderPage = await leader.GetStringAsync("/team");
        Assert.DoesNotContain("decliner@example.vn", PendingInvitations(leaderPage), StringComparison.Ordinal);
        var ended = WebUtility.HtmlDecode(leaderPage[leaderPage.IndexOf("id=\"ended-invitations\"", StringComparison.Ordinal)..]);
        Assert.Matches("<li data-state=\"declined\">decliner@example.vn – đã từ chối lúc\\s*<time", ended);
        var team = await leader.GetFromJsonAsync<JsonElement>("/api/v1/me/team");
        Assert.Equal(0, team.GetProperty("pendingInvitations").GetArrayLength());
        Assert.Equal(1, team.GetProperty("members").GetArrayLength());
        var changedMind = await invited.PostFormAsync(link, [], link + "?handler=Accept");
        Assert.Contains("Lời mời này đã được trả lời hoặc đã bị thu hồi.", WebUtility.HtmlDecode(await changedMind.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await TeamAsync(factory, teamId)).Members);
        var told = await factory.Mailbox.WaitForAsync("decline-lead@example.vn", "từ chối");
        Assert.Contains("decliner@example.vn", told.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_invitation_link_no_longer_lets_anyone_join()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("withdraw-lead@example.vn", "Đội Thu Hồi");
        await factory.CreatePersonAsync("withdrawn@example.vn", "Ông Văn Rút", DataForLife.Population.Sex.Male);
        await InviteAsync(leader, "withdrawn@example.vn");
        var link = await InvitationLinkAsync(factory, "withdrawn@example.vn");
        var invitationId = FirstOpenInvitationId(await leader.GetStringAsync("/team"));

        var revoked = await leader.PostFormAsync("/team", [], $"/team?handler=Revoke&invitationId={invitationId}");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var leaderPage = await leader.GetStringAsync("/team");
        Assert.Contains("Đã thu hồi lời mời.", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("withdrawn@example.vn", leaderPage, StringComparison.Ordinal);
        var invited = await SignedInAsync(factory, "withdrawn@example.vn");
        var opened = WebUtility.HtmlDecode(await invited.GetStringAsync(link));
        Assert.Contains("Lời mời này đã được trả lời hoặc đã bị thu hồi.", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Đội Thu Hồi", opened, StringComparison.Ordinal);
        var accepted = await invited.PostFormAsync(link, [], link + "?handler=Accept");
        Assert.Contains("Lời mời này đã được trả lời hoặc đã bị thu hồi.", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await invited.PostAsync($"/api/v1{link}/accept", null)).StatusCode);
        Assert.Single((await TeamAsync(factory, teamId)).Members);
    }
}
