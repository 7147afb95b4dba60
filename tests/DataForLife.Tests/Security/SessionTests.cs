using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

/// <summary>A session lasts only as long as what it was opened with: roles, password, second factor.</summary>
[Trait("Category", "Integration")]
public sealed class SessionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task<IList<string>> RolesOfAsync(string email) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    });

    private static Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token))));

    private static string PathOf(HttpResponseMessage redirect) => new Uri(new Uri("http://localhost"), redirect.Headers.Location!).AbsolutePath;

    [Fact]
    public async Task An_organiser_whose_role_is_taken_back_is_signed_out_at_once_and_cannot_give_it_back_or_make_a_partner_key()
    {
        await factory.CreateUserAsync("giu-quyen@c06.gov.vn", role: Roles.Organizer);
        await factory.CreateUserAsync("mat-quyen@c06.gov.vn", role: Roles.Organizer);
        var former = factory.CreateBrowserLikeClient();
        await former.SignInAsync("mat-quyen@c06.gov.vn");
        var peopleToken = await former.GetTokenAsync("/organizer/people");
        var keysToken = await former.GetTokenAsync("/organizer/partner-keys");

        var revoked = await factory.WithScopeAsync(sp => sp.GetRequiredService<RoleGrants>().RevokeAsync("mat-quyen@c06.gov.vn", Roles.Organizer, CancellationToken.None));
        Assert.Equal(RoleGrants.Outcome.Done, revoked);

        var page = await former.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", PathOf(page));
        var grantBack = await PostWithTokenAsync(former, "/organizer/people?handler=Grant", peopleToken, ("Email", "mat-quyen@c06.gov.vn"), ("Role", Roles.Organizer));
        var key = await PostWithTokenAsync(former, "/organizer/partner-keys", keysToken, ("Input.Name", "Khoá lén"), ("Input.EditionId", ""), ("Input.RateLimit", "0"));

        Assert.NotEqual(HttpStatusCode.OK, grantBack.StatusCode);
        Assert.DoesNotContain(Roles.Organizer, await RolesOfAsync("mat-quyen@c06.gov.vn"));
        Assert.NotEqual(HttpStatusCode.OK, key.StatusCode);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PartnerKeys.AnyAsync(k => k.Name == "Khoá lén")));
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_the_account_had_open()
    {
        await factory.CreateUserAsync("dat-lai@example.vn");
        var stolen = factory.CreateBrowserLikeClient();
        await stolen.SignInAsync("dat-lai@example.vn");
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/account")).StatusCode);

        var owner = factory.CreateBrowserLikeClient();
        await owner.PostFormAsync("/account/forgot-password", ("Email", "dat-lai@example.vn"));
        var message = await factory.Mailbox.WaitForAsync("dat-lai@example.vn", "Đặt lại");
        var link = new Uri(Mailbox.FirstLink(message, "/account/reset-password"));
        var reset = await owner.PostFormAsync(link.PathAndQuery, ("Password", "mat-khau-moi-that-dai"));
        Assert.Contains("Đã đặt lại mật khẩu.", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await stolen.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/login", PathOf(after));
    }

    [Fact]
    public async Task A_request_acts_with_the_roles_the_account_has_in_the_database_now()
    {
        await factory.CreateUserAsync("quan-sat@c06.gov.vn", role: Roles.Observer);
        var observer = factory.CreateBrowserLikeClient();
        await observer.SignInAsync("quan-sat@c06.gov.vn");
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync("/organizer/people")).StatusCode);

        // Taken away without going through the platform's role grants (the stamp stays as it was).
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync("quan-sat@c06.gov.vn"))!, Roles.Observer);
        });

        var refused = await observer.GetAsync("/organizer/people");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/access-denied", PathOf(refused));
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Turning_on_the_second_factor_keeps_the_session_that_did_it_and_ends_the_others()
    {
        await factory.CreateUserAsync("hai-buoc@example.vn");
        var other = factory.CreateBrowserLikeClient();
        await other.SignInAsync("hai-buoc@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("hai-buoc@example.vn");

        var setup = await client.GetStringAsync("/account/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "id=\"shared-key\">([A-Z2-7]+)<").Groups[1].Value;
        var enabled = await client.PostFormAsync("/account/two-factor", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Contains("id=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).StatusCode);
    }
}
