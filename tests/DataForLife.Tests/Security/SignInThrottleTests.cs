using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

/// <summary>Wrong passwords stop the network that sends them, never the account's owner; nothing tells who is registered.</summary>
[Trait("Category", "Integration")]
public sealed class SignInThrottleTests(LoopbackPlatformFactory factory) : IClassFixture<LoopbackPlatformFactory>
{
    private const string Failed = "E-mail hoặc mật khẩu không đúng.";
    private const string Throttled = "Có quá nhiều lần đăng nhập sai từ mạng của bạn";

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", password));

    [Fact]
    public async Task A_stranger_guessing_an_organisers_password_stops_their_own_network_and_never_locks_the_organiser_out()
    {
        await factory.CreateUserAsync("guarded@c06.gov.vn");
        var stranger = factory.CreateBrowserLikeClientFrom("198.51.100.23");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Contains(Failed, await (await SignInAsync(stranger, "guarded@c06.gov.vn", "doan-sai-" + attempt)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The stranger's network now waits, even with the right password (and a neighbour in the same /24 too).
        var refused = await (await SignInAsync(stranger, "guarded@c06.gov.vn", TestUsers.Password)).Content.ReadAsStringAsync();
        Assert.Contains(Throttled, refused, StringComparison.Ordinal);
        var neighbour = factory.CreateBrowserLikeClientFrom("198.51.100.99");
        Assert.Contains(Throttled, await (await SignInAsync(neighbour, "guarded@c06.gov.vn", TestUsers.Password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The owner, from their own network, signs in at once: the account itself was never locked.
        var owner = factory.CreateBrowserLikeClientFrom("203.0.113.40");
        await owner.SignInAsync("guarded@c06.gov.vn");
        var locked = await factory.WithScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("guarded@c06.gov.vn");
            return user!.LockoutEnd;
        });
        Assert.Null(locked);
    }

    [Fact]
    public async Task A_network_that_failed_for_one_account_still_signs_in_to_another()
    {
        await factory.CreateUserAsync("first@example.vn");
        await factory.CreateUserAsync("second@example.vn");
        var shared = factory.CreateBrowserLikeClientFrom("192.0.2.15");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(shared, "first@example.vn", "doan-sai-" + attempt);
        }

        Assert.Contains(Throttled, await (await SignInAsync(shared, "first@example.vn", TestUsers.Password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.CreateBrowserLikeClientFrom("192.0.2.16").SignInAsync("second@example.vn");
    }

    [Fact]
    public async Task Sign_in_answers_an_unknown_address_and_an_unconfirmed_account_alike_until_the_password_is_right()
    {
        await factory.CreateUserAsync("waiting@example.vn", confirmed: false);
        var client = factory.CreateBrowserLikeClientFrom("203.0.113.77");

        var unknown = await (await SignInAsync(client, "nobody-here@example.vn", "doan-sai-mat-khau")).Content.ReadAsStringAsync();
        var unconfirmed = await (await SignInAsync(client, "waiting@example.vn", "doan-sai-mat-khau")).Content.ReadAsStringAsync();
        Assert.Contains(Failed, unknown, StringComparison.Ordinal);
        Assert.Contains(Failed, unconfirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("xác nhận địa chỉ e-mail", unconfirmed, StringComparison.Ordinal);

        var owner = await (await SignInAsync(client, "waiting@example.vn", TestUsers.Password)).Content.ReadAsStringAsync();
        Assert.Contains("xác nhận địa chỉ e-mail", owner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_as_a_new_one_and_tells_its_owner_by_email()
    {
        await factory.CreateUserAsync("taken@example.vn");
        var client = factory.CreateBrowserLikeClientFrom("203.0.113.88");

        var fresh = await client.PostFormAsync("/account/register", ("Input.DisplayName", "Người Mới"), ("Input.Email", "fresh@example.vn"),
            ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));
        var taken = await client.PostFormAsync("/account/register", ("Input.DisplayName", "Người Lạ"), ("Input.Email", "taken@example.vn"),
            ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var takenPage = await taken.Content.ReadAsStringAsync();
        Assert.Equal(Shape(await fresh.Content.ReadAsStringAsync(), "fresh@example.vn"), Shape(takenPage, "taken@example.vn"));
        var notice = await factory.Mailbox.WaitForAsync("taken@example.vn", "đăng ký bằng địa chỉ e-mail của bạn");
        Assert.Contains("/account/forgot-password", notice.TextBody, StringComparison.Ordinal);

        // The API answers alike too, and still creates nothing.
        var api = factory.CreateClient();
        var apiFresh = await api.PostAsJsonAsync("/api/v1/account/register", new { email = "fresh-api@example.vn", password = TestUsers.Password, displayName = "Người Mới" });
        var apiTaken = await api.PostAsJsonAsync("/api/v1/account/register", new { email = "taken@example.vn", password = TestUsers.Password, displayName = "Người Lạ" });
        Assert.Equal(HttpStatusCode.Created, apiFresh.StatusCode);
        Assert.Equal(HttpStatusCode.Created, apiTaken.StatusCode);
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.CountAsync(u => u.Email == "taken@example.vn")));
    }

    /// <summary>The page with the address typed and the anti-forgery token taken out: what is left must be identical.</summary>
    private static string Shape(string page, string email) =>
        System.Text.RegularExpressions.Regex.Replace(page.Replace(email, "ADDRESS", StringComparison.Ordinal),
            "value=\"CfDJ8[^\"]*\"", "value=\"TOKEN\"");
}
