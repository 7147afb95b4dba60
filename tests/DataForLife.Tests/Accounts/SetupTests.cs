using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
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
        await using var factory = new LoopbackFactory();
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
        await using var factory = new LoopbackFactory();
        await factory.InitializeAsync();
        var client = factory.CreateBrowserLikeClient();

        var created = await client.PostFormAsync("/setup", ("Input.DisplayName", "Lê Thị Hồng"), ("Input.Email", "hong@c06.gov.vn"), ("Input.Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/organizer", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var organisers = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Organizer));
        Assert.Equal("hong@c06.gov.vn", Assert.Single(organisers).Email);
        var logged = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "account.first-organizer"));
        Assert.True(logged);
    }

    [Fact]
    public async Task Setup_refuses_a_short_password_in_the_readers_language()
    {
        await using var factory = new LoopbackFactory();
        await factory.InitializeAsync();

        var response = await factory.CreateBrowserLikeClient().PostFormAsync("/setup", ("Input.DisplayName", "Lê Thị Hồng"), ("Input.Email", "hong@c06.gov.vn"), ("Input.Password", "ngan"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu cần ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The test host has no network; this makes its requests come from 127.0.0.1, as a browser on the server would.</summary>
    private sealed class LoopbackFactory : PlatformFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, LoopbackStartupFilter>();
    }

    private sealed class LoopbackStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                await nextMiddleware();
            });
            next(app);
        };
    }
}
