using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class SetupTests
{
    [Fact]
    public async Task Setup_from_another_machine_is_refused()
    {
        await using var factory = new PlatformFactory();
        await factory.InitializeAsync();

        var response = await factory.CreateBrowserLikeClient().GetAsync("/setup");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_reached_through_a_proxy_on_the_server_is_refused_to_a_reader_elsewhere()
    {
        await using var factory = new LoopbackPlatformFactory();
        await factory.InitializeAsync();
        var remote = factory.CreateBrowserLikeClient();
        remote.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        remote.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var local = factory.CreateBrowserLikeClient();
        local.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");

        Assert.Equal(HttpStatusCode.Forbidden, (await remote.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Setup_on_the_server_creates_the_first_organiser_and_then_is_gone()
    {
        await using var factory = new LoopbackPlatformFactory();
        await factory.InitializeAsync();
        var client = factory.CreateBrowserLikeClient();
        var token = await IssueTokenAsync(factory);

        var created = await client.PostFormAsync("/setup", ("Input.Token", token), ("Input.DisplayName", "Lê Thị Hồng"), ("Input.Email", "hong@c06.gov.vn"), ("Input.Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/organizer", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var organisers = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Organizer));
        Assert.Equal("hong@c06.gov.vn", Assert.Single(organisers).Email);
        var logged = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "account.first-organizer"));
        Assert.True(logged);
        var retired = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SiteSettings.AnyAsync(x => x.Key == SetupToken.SettingKey));
        Assert.False(retired);
    }

    [Fact]
    public async Task Setup_on_the_server_without_the_token_printed_at_start_creates_nobody()
    {
        await using var factory = new LoopbackPlatformFactory();
        await factory.InitializeAsync();
        // The first start issued a token (it went to the server's log); a reader who does not have it is refused.
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SiteSettings.AnyAsync(x => x.Key == SetupToken.SettingKey)));
        var client = factory.CreateBrowserLikeClient();

        var guessed = await client.PostFormAsync("/setup", ("Input.Token", "khong-phai-ma-that"), ("Input.DisplayName", "Kẻ Lạ"), ("Input.Email", "la@example.vn"), ("Input.Password", TestUsers.Password));
        var blank = await client.PostFormAsync("/setup", ("Input.DisplayName", "Kẻ Lạ"), ("Input.Email", "la@example.vn"), ("Input.Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.OK, guessed.StatusCode);
        Assert.Contains("Mã thiết lập không đúng.", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var organisers = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Organizer));
        Assert.Empty(organisers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Setup_refuses_a_short_password_in_the_readers_language()
    {
        await using var factory = new LoopbackPlatformFactory();
        await factory.InitializeAsync();

        var response = await factory.CreateBrowserLikeClient().PostFormAsync("/setup", ("Input.Token", await IssueTokenAsync(factory)), ("Input.DisplayName", "Lê Thị Hồng"), ("Input.Email", "hong@c06.gov.vn"), ("Input.Password", "ngan"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu cần ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A new token, as <c>dfl setup token</c> issues it (the CLI's own test runs the command).</summary>
    private static Task<string> IssueTokenAsync(PlatformFactory factory) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<SetupToken>().IssueAsync(CancellationToken.None));
}
