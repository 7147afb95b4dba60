using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Accounts;

/// <summary>Organisers give and take back the Organizer, Observer and Mentor roles on <c>/organizer/people</c>.</summary>
[Trait("Category", "Integration")]
public sealed class PeoplePageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task<IList<string>> RolesOfAsync(string email) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    });

    private async Task<HttpClient> SignedInAsync(string email, string? role)
    {
        await factory.CreateUserAsync(email, role: role);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task An_organiser_makes_a_mentor_sees_them_listed_and_takes_the_role_back()
    {
        var organiser = await SignedInAsync("btc-people@c06.gov.vn", Roles.Organizer);
        await factory.CreateUserAsync("mentor-one@example.vn");

        var granted = await organiser.PostFormAsync("/organizer/people", [new("Email", " mentor-one@example.vn "), new("Role", Roles.Mentor)], "/organizer/people?handler=Grant");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal([Roles.Mentor], await RolesOfAsync("mentor-one@example.vn"));
        var page = await organiser.GetStringAsync("/organizer/people");
        Assert.Contains("Đã trao vai trò Cố vấn cho mentor-one@example.vn.", page, StringComparison.Ordinal);
        Assert.Matches("data-role=\"Mentor\"[\\s\\S]*data-person=\"mentor-one@example.vn\"[\\s\\S]*data-role=\"Observer\"|data-role=\"Observer\"[\\s\\S]*data-role=\"Mentor\"[\\s\\S]*data-person=\"mentor-one@example.vn\"", page);
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "account.role-granted" && a.ActorName == "btc-people@c06.gov.vn")));

        Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostFormAsync("/organizer/people", [new("Email", "mentor-one@example.vn"), new("Role", Roles.Mentor)], "/organizer/people?handler=Revoke")).StatusCode);
        Assert.Empty(await RolesOfAsync("mentor-one@example.vn"));
    }

    [Fact]
    public async Task An_address_without_an_account_is_told_and_nothing_changes()
    {
        var organiser = await SignedInAsync("btc-people-2@c06.gov.vn", Roles.Organizer);

        var refused = await organiser.PostFormAsync("/organizer/people", [new("Email", "ghost@example.vn"), new("Role", Roles.Organizer)], "/organizer/people?handler=Grant");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Không có tài khoản nào với e-mail ghost@example.vn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_steering_committee_reads_the_page_but_cannot_change_a_role()
    {
        var observer = await SignedInAsync("bcd-people@c06.gov.vn", Roles.Observer);
        await factory.CreateUserAsync("wannabe@example.vn");

        var page = await observer.GetStringAsync("/organizer/people");
        var token = await observer.GetTokenAsync("/organizer/people");
        var post = await observer.PostAsync("/organizer/people?handler=Grant", new FormUrlEncodedContent(
            [new("Email", "wannabe@example.vn"), new("Role", Roles.Organizer), new("__RequestVerificationToken", token)]));

        Assert.Contains("data-person=\"bcd-people@c06.gov.vn\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Grant", page, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/access-denied", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Empty(await RolesOfAsync("wannabe@example.vn"));
    }
}
