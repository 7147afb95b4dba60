using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>The plan's 2023 edition allows teams of 1 to 5 people; open invitations hold a place.</summary>
[Trait("Category", "Integration")]
public sealed class TeamSizeTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_sixth_person_cannot_be_invited_while_members_and_open_invitations_make_five()
    {
        var (leader, _) = await factory.RegisterTeamAsync("full-lead@example.vn", "Đội Năm Người");
        await JoinAsync(factory, leader, "full-member@example.vn", "Tăng Thị Một");
        foreach (var email in new[] { "full-2@example.vn", "full-3@example.vn", "full-4@example.vn" })
        {
            await InviteAsync(leader, email);
        }

        var refused = await leader.PostFormAsync("/team", [new("InviteEmail", "full-extra@example.vn")], "/team?handler=Invite");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Đội đã đủ 5 người (tính cả lời mời đang chờ).", FieldError(await refused.Content.ReadAsStringAsync(), "InviteEmail"));
        Assert.False(await InvitedAsync("full-extra@example.vn"));
        await leader.UseEnglishAsync();
        var inEnglish = await leader.PostFormAsync("/team", [new("InviteEmail", "full-extra@example.vn")], "/team?handler=Invite");
        Assert.Equal("The team has its 5 people (counting open invitations).", FieldError(await inEnglish.Content.ReadAsStringAsync(), "InviteEmail"));
        var throughApi = await leader.PostAsJsonAsync("/api/v1/me/team/invitations", new { email = "full-extra@example.vn" });
        Assert.Equal(HttpStatusCode.Conflict, throughApi.StatusCode);
        var problem = await throughApi.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The team has its 5 people (counting open invitations).", problem.GetProperty("title").GetString());
        Assert.Equal("urn:dataforlife:Team.Full", problem.GetProperty("type").GetString());
        Assert.False(await InvitedAsync("full-extra@example.vn"));
    }

    [Theory]
    [InlineData("x y\"<>@example")]
    [InlineData("khong-co-ten-mien@")]
    [InlineData("hai@@example.vn")]
    [InlineData("dau-cham.@example.vn")]
    public async Task An_invitation_to_an_address_no_mail_can_reach_is_refused_and_none_is_stored(string address)
    {
        var (leader, _) = await factory.RegisterTeamAsync($"sai-dia-chi-{Guid.NewGuid():N}@example.vn", $"Đội Địa Chỉ {Guid.NewGuid():N}");

        var response = await leader.PostAsJsonAsync("/api/v1/me/team/invitations", new { email = address });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Địa chỉ e-mail người được mời không hợp lệ.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.False(await InvitedAsync(address.ToLowerInvariant()));
    }

    [Fact]
    public async Task Withdrawing_an_open_invitation_frees_its_place()
    {
        var (leader, _) = await factory.RegisterTeamAsync("place-lead@example.vn", "Đội Nhường Chỗ");
        foreach (var email in new[] { "place-1@example.vn", "place-2@example.vn", "place-3@example.vn", "place-4@example.vn" })
        {
            await InviteAsync(leader, email);
        }

        Assert.Equal(HttpStatusCode.OK, (await leader.PostFormAsync("/team", [new("InviteEmail", "place-5@example.vn")], "/team?handler=Invite")).StatusCode);
        var invitationId = FirstOpenInvitationId(await leader.GetStringAsync("/team"));
        await leader.PostFormAsync("/team", [], $"/team?handler=Revoke&invitationId={invitationId}");

        var invited = await leader.PostFormAsync("/team", [new("InviteEmail", "place-5@example.vn")], "/team?handler=Invite");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.True(await InvitedAsync("place-5@example.vn"));
    }

    private Task<bool> InvitedAsync(string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Invitations.AnyAsync(i => i.Email == email));
}
