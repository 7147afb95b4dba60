using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Editions;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed partial class TwoFactorTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task When_the_edition_requires_it_an_organiser_sets_up_a_second_factor_before_anything_else()
    {
        await RequireTwoFactorAsync();
        await factory.CreateUserAsync("mfa@c06.gov.vn", role: Roles.Organizer);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("mfa@c06.gov.vn");

        var blocked = await client.GetAsync("/organizer");
        Assert.Equal("/account/two-factor?required=1", blocked.Headers.Location?.OriginalString);

        var setup = await client.GetStringAsync("/account/two-factor?required=1");
        var key = SharedKeyPattern().Match(setup).Groups[1].Value;
        var wrong = await client.PostFormAsync("/account/two-factor", ("Code", "000000"));
        Assert.Contains("Mã không đúng", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var blank = await client.PostFormAsync("/account/two-factor", ("Code", ""));
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Vui lòng nhập Mã xác thực.", System.Net.WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var enabled = await client.PostFormAsync("/account/two-factor", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("id=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer")).StatusCode);

        var again = factory.CreateBrowserLikeClient();
        var password = await again.PostFormAsync("/account/login", ("Input.Email", "mfa@c06.gov.vn"), ("Input.Password", TestUsers.Password));
        Assert.StartsWith("/account/login-2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        // The next step's code: the one that turned the second factor on has been used.
        var second = await again.PostFormAsync(password.Headers.Location!.OriginalString, ("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30))));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task When_the_edition_requires_it_a_judge_reaches_neither_the_judging_pages_nor_the_api_without_a_second_factor_and_a_team_member_is_not_asked()
    {
        await RequireTwoFactorAsync();
        await factory.CreateUserAsync("giamkhao-mfa@bgk.example.vn", role: Roles.Judge);
        await factory.CreateUserAsync("doi-mfa@example.vn");
        var judge = factory.CreateBrowserLikeClient();
        await judge.SignInAsync("giamkhao-mfa@bgk.example.vn");

        var page = await judge.GetAsync("/judging");
        Assert.Equal("/account/two-factor?required=1", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync("/api/v1/editions/2023")).StatusCode);

        var key = SharedKeyPattern().Match(await judge.GetStringAsync("/account/two-factor?required=1")).Groups[1].Value;
        var enabled = await judge.PostFormAsync("/account/two-factor", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("id=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync("/judging")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync("/api/v1/editions/2023")).StatusCode);

        var member = factory.CreateBrowserLikeClient();
        await member.SignInAsync("doi-mfa@example.vn");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Each_authenticator_code_and_each_recovery_code_opens_one_session_and_a_recovery_code_may_be_typed_as_shown_or_without_its_hyphen()
    {
        const string email = "khoiphuc@c06.gov.vn";
        await factory.CreateUserAsync(email, role: Roles.Organizer);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        var key = SharedKeyPattern().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value;
        var now = DateTimeOffset.UtcNow;
        var enabled = await (await client.PostFormAsync("/account/two-factor", ("Code", Totp.Code(key, now)))).Content.ReadAsStringAsync();
        var codes = RecoveryCodePattern().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, codes.Count);

        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(email, Totp.Code(key, now))).StatusCode);
        var next = Totp.Code(key, now.AddSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(email, next)).StatusCode);
        var replayed = await SecondStepAsync(email, next);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Mã không đúng", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A newer code does not make an older one good again.
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(email, Totp.Code(key, now))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(email, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(email, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(email, codes[1].Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant())).StatusCode);

        // A wrong recovery code counts towards locking the account, as a wrong password does; a locked account takes
        // no recovery code, not even a right one.
        var (client2, step) = await PasswordStepAsync(email);
        var failedBefore = await FailedCountAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client2.PostFormAsync(step, ("Code", "BBBBB-CCCCC"))).StatusCode);
        Assert.Equal(failedBefore + 1, await FailedCountAsync(email));
        for (var i = failedBefore + 1; i < 5; i++)
        {
            await client2.PostFormAsync(step, ("Code", "BBBBB-CCCCC"));
        }

        var locked = await client2.PostFormAsync(step, ("Code", codes[2]));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("tạm khoá", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Step)> PasswordStepAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        var password = await client.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", TestUsers.Password));
        Assert.StartsWith("/account/login-2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return (client, password.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var (client, step) = await PasswordStepAsync(email);
        return await client.PostFormAsync(step, ("Code", code));
    }

    private Task<int> FailedCountAsync(string email) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    });

    private Task RequireTwoFactorAsync() => factory.WithScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<EditionStore>();
        store.Invalidate("2023");
        var edition = (await store.FindAsync("2023"))!;
        if (!edition.Definition.Security.RequireTwoFactorForStaff)
        {
            var required = edition.Definition with { Security = edition.Definition.Security with { RequireTwoFactorForStaff = true } };
            await sp.GetRequiredService<EditionCommands>().UpdateAsync("2023", required, edition.Revision);
        }
    });

    [GeneratedRegex("id=\"shared-key\">([A-Z2-7]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCodePattern();
}
