using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class MemberDepartureTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_leader_removes_a_member_who_is_then_free_to_register_a_team_of_their_own()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("remove-lead@example.vn", "Đội Xoá Thành Viên");
        var leaderId = (await TeamAsync(factory, teamId)).Leader!.UserId;
        var (member, user) = await JoinAsync(factory, leader, "removed@example.vn", "Giang Văn Bị", DataForLife.Population.Sex.Male);
        var notLeader = await member.PostFormAsync("/team", [], $"/team?handler=Remove&memberId={leaderId}");
        Assert.Contains("Chỉ trưởng nhóm làm được việc này.", WebUtility.HtmlDecode(await notLeader.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var removed = await leader.PostFormAsync("/team", [], $"/team?handler=Remove&memberId={user.Id}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(leaderId, Assert.Single((await TeamAsync(factory, teamId)).Members).UserId);
        var leaderPage = await leader.GetStringAsync("/team");
        Assert.Contains("Đã xoá thành viên khỏi đội.", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Giang Văn Bị", leaderPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/api/v1/me/team")).StatusCode);
        Assert.True(await LoggedAsync("team.member-removed", user.Id));
        var ownTeam = await member.PostFormAsync("/team", [new("Input.Name", "Đội Làm Lại"), new("Input.IdeaName", "Ý tưởng mới"),
            new("Input.Categories", "economy"), new("Input.Abstract", "Tóm tắt.")], "/team?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, ownTeam.StatusCode);
    }

    [Fact]
    public async Task A_member_leaves_the_team_and_the_leader_no_longer_sees_them()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("leave-lead@example.vn", "Đội Chia Tay");
        var (member, user) = await JoinAsync(factory, leader, "leaver@example.vn", "Kha Thị Đi");
        Assert.Contains("Kha Thị Đi", await leader.GetStringAsync("/team"), StringComparison.Ordinal);

        var left = await member.PostFormAsync("/team", [], "/team?handler=Leave");

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        var team = await TeamAsync(factory, teamId);
        Assert.DoesNotContain(team.Members, m => m.UserId == user.Id);
        Assert.Single(team.Members);
        Assert.DoesNotContain("Kha Thị Đi", await leader.GetStringAsync("/team"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/api/v1/me/team")).StatusCode);
        Assert.True(await LoggedAsync("team.member-left", user.Id));
    }

    [Fact]
    public async Task Removing_the_member_who_is_on_the_jury_makes_the_team_eligible_again()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("flagged-lead@example.vn", "Đội Gỡ Cờ");
        var (_, user) = await JoinAsync(factory, leader, "flagged-judge@example.vn", "Âu Văn Xét", DataForLife.Population.Sex.Male);
        await factory.WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
            Assert.Empty(await sp.GetRequiredService<RosterCommands>().AddAsync(edition, new StaffInput { Body = "jury", FullName = "Âu Văn Xét", Email = "flagged-judge@example.vn" }));
        });
        Assert.Equal(EligibilityStatus.NotEligible, (await TeamAsync(factory, teamId)).Status);

        await leader.PostFormAsync("/team", [], $"/team?handler=Remove&memberId={user.Id}");

        Assert.Equal(EligibilityStatus.Eligible, (await TeamAsync(factory, teamId)).Status);
        Assert.Equal("Đủ điều kiện", TeamStatus(await leader.GetStringAsync("/team")));
    }

    /// <summary>Whether the audit log holds the action for this person; the entry names the person by account id, never by name.</summary>
    private Task<bool> LoggedAsync(string action, string userId) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == action && ((a.AfterJson ?? string.Empty).Contains(userId) || (a.BeforeJson ?? string.Empty).Contains(userId))));
}
