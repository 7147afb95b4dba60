using System.Net;
using DataForLife.Population;
using DataForLife.Tests.Registration;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

/// <summary>The identity document is the person: one team per edition, whatever the number of accounts.</summary>
[Trait("Category", "Integration")]
public sealed class OnePersonOneTeamTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private Task<int> TeamsAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.CountAsync());

    [Fact]
    public async Task A_second_account_with_the_same_identity_number_can_neither_register_a_team_nor_join_one()
    {
        var number = IdentityNumber.Compose("001", Sex.Female, 2000, 424242);
        await factory.CreatePersonAsync("ca-nhan-1@example.vn", "Vũ Thị Hạnh", Sex.Female, 2000, documentNumber: number);
        var first = await RegistrationSteps.SignedInAsync(factory, "ca-nhan-1@example.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/team", [
            new("Input.Name", "Đội Thứ Nhất Hạnh"), new("Input.IdeaName", "Ý tưởng một"), new("Input.Categories", "society"),
            new("Input.Abstract", "Một sản phẩm dữ liệu.")], "/team?handler=Create")).StatusCode);
        await factory.CreatePersonAsync("ca-nhan-2@example.vn", "Vũ Thị Hạnh", Sex.Female, 2000, documentNumber: number);
        var second = await RegistrationSteps.SignedInAsync(factory, "ca-nhan-2@example.vn");
        var teams = await TeamsAsync();

        var created = await second.PostFormAsync("/team", [
            new("Input.Name", "Đội Thứ Hai Hạnh"), new("Input.IdeaName", "Ý tưởng hai"), new("Input.Categories", "society"),
            new("Input.Abstract", "Một sản phẩm dữ liệu khác.")], "/team?handler=Create");
        var api = await second.PostAsJsonAsync("/api/v1/me/team", new { name = "Đội Thứ Ba Hạnh", ideaName = "Ý tưởng ba", categories = new[] { "economy" }, @abstract = "Một sản phẩm." });

        Assert.Contains("đã ở trong một đội khác của mùa thi này", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(api.IsSuccessStatusCode);
        Assert.Equal(teams, await TeamsAsync());

        var (leader, teamId) = await factory.RegisterTeamAsync("truong-doi-moi@example.vn", "Đội Mời Hạnh");
        await RegistrationSteps.InviteAsync(leader, "ca-nhan-2@example.vn");
        var link = await RegistrationSteps.InvitationLinkAsync(factory, "ca-nhan-2@example.vn");
        var accepted = await second.PostFormAsync(link, [], link + "?handler=Accept");

        Assert.Contains("đã ở trong một đội khác của mùa thi này", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await RegistrationSteps.TeamAsync(factory, teamId)).Members);
    }

    [Fact]
    public async Task A_member_cannot_change_their_identity_number_to_that_of_another_team_s_member()
    {
        var (_, teamA) = await factory.RegisterTeamAsync("doi-a-truong@example.vn", "Đội Số Giấy A");
        var (_, teamB) = await factory.RegisterTeamAsync("doi-b-truong@example.vn", "Đội Số Giấy B");
        var numberA = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TeamMembers.Where(m => m.TeamId == teamA).Select(m => m.PersonKey).SingleAsync());
        var userB = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TeamMembers.Where(m => m.TeamId == teamB).Select(m => m.UserId).SingleAsync());
        var before = await RegistrationSteps.ProfileAsync(factory, userB);

        var errors = await factory.WithScopeAsync(sp => sp.GetRequiredService<ProfileCommands>().SaveAsync(userB, new ProfileInput
        {
            FullName = before!.FullName, DateOfBirth = new DateOnly(2001, 4, 30), Sex = Sex.Female, Nationality = "VN", CountryOfResidence = "VN",
            DocumentNumber = numberA, Phone = "0912345678", Organisation = before.Organisation,
        }));

        Assert.Equal("Profile.DocumentInOtherTeam", Assert.Single(errors).MessageKey);
        Assert.Equal(before!.DocumentNumber, (await RegistrationSteps.ProfileAsync(factory, userB))!.DocumentNumber);
    }

    [Fact]
    public async Task Organisers_are_shown_one_person_found_in_two_teams_among_existing_data()
    {
        var (_, teamA) = await factory.RegisterTeamAsync("cu-a-truong@example.vn", "Đội Dữ Liệu Cũ A");
        var (_, teamB) = await factory.RegisterTeamAsync("cu-b-truong@example.vn", "Đội Dữ Liệu Cũ B");
        // As data from before the rule: team B's leader holds team A's leader's number, and no key of their own.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var number = await db.TeamMembers.Where(m => m.TeamId == teamA).Select(m => m.PersonKey).SingleAsync();
            var memberB = await db.TeamMembers.SingleAsync(m => m.TeamId == teamB);
            memberB.Identify(null);
            (await db.Profiles.SingleAsync(p => p.UserId == memberB.UserId)).DocumentNumber = number!;
            await db.SaveChangesAsync();
        });
        var organiser = await RegistrationSteps.OrganiserAsync(factory, "btc-trung-nguoi@c06.gov.vn");

        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync("/organizer/editions/2023/teams"));

        var section = page[page.IndexOf("id=\"same-person\"", StringComparison.Ordinal)..];
        Assert.Contains("Cùng một người ở nhiều đội", section, StringComparison.Ordinal);
        Assert.Contains("Đội Dữ Liệu Cũ A", section[..section.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Đội Dữ Liệu Cũ B", section[..section.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
