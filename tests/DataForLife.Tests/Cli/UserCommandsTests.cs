using System.CommandLine;
using System.Net;
using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Cli;

/// <summary><c>dfl users grant | revoke</c> against the data folder of a running platform.</summary>
[Trait("Category", "Integration")]
public sealed class UserCommandsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DflCommand.Build(c => c.AddInMemoryCollection(factory.Database.Settings)).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private Task<IList<string>> RolesOfAsync(string email) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    });

    [Fact]
    public async Task A_steering_committee_member_made_observer_reads_the_organisers_pages_and_the_grant_is_audited()
    {
        await factory.CreateUserAsync("bcd-member@c06.gov.vn");
        var before = factory.CreateBrowserLikeClient();
        await before.SignInAsync("bcd-member@c06.gov.vn");
        Assert.NotEqual(HttpStatusCode.OK, (await before.GetAsync("/organizer")).StatusCode);

        var (code, output, _) = await RunAsync("users", "grant", "--email", "bcd-member@c06.gov.vn", "--role", "observer");

        Assert.Equal(0, code);
        Assert.Contains("bcd-member@c06.gov.vn is now observer", output, StringComparison.Ordinal);
        Assert.Equal([Roles.Observer], await RolesOfAsync("bcd-member@c06.gov.vn"));
        var after = factory.CreateBrowserLikeClient();
        await after.SignInAsync("bcd-member@c06.gov.vn");
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/organizer")).StatusCode);
        var entry = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == "account.role-granted" && a.AfterJson!.Contains("bcd-member@c06.gov.vn")));
        Assert.Contains(Roles.Observer, entry.AfterJson, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("users", "grant", "--email", "bcd-member@c06.gov.vn", "--role", "Observer")).Code);
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "account.role-granted" && a.AfterJson!.Contains("bcd-member@c06.gov.vn"))));
    }

    [Theory]
    [InlineData("nobody@c06.gov.vn", "Organizer", "no account with the e-mail nobody@c06.gov.vn")]
    [InlineData("bcd-member@c06.gov.vn", "Judge", "unknown role 'Judge'; use Organizer, Observer, Mentor")]
    [InlineData("bcd-member@c06.gov.vn", "", "unknown role ''")]
    public async Task An_unknown_account_or_a_role_that_is_not_handed_out_here_is_refused(string email, string role, string message)
    {
        var audited = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync());

        var (code, _, error) = await RunAsync("users", "grant", "--email", email, "--role", role);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(audited, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task The_organiser_role_moves_to_someone_else_but_the_last_organiser_keeps_it()
    {
        var organisers = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Organizer)).Select(u => u.Email!).ToList());
        await factory.CreateUserAsync("btc-first@c06.gov.vn", role: Roles.Organizer);
        await factory.CreateUserAsync("btc-next@c06.gov.vn");

        Assert.Equal(0, (await RunAsync("users", "grant", "--email", "btc-next@c06.gov.vn", "--role", "Organizer")).Code);
        foreach (var email in organisers.Append("btc-first@c06.gov.vn"))
        {
            Assert.Equal(0, (await RunAsync("users", "revoke", "--email", email, "--role", "Organizer")).Code);
        }

        var (code, _, error) = await RunAsync("users", "revoke", "--email", "btc-next@c06.gov.vn", "--role", "Organizer");

        Assert.Equal(1, code);
        Assert.Contains("btc-next@c06.gov.vn is the last organiser", error, StringComparison.Ordinal);
        Assert.Equal([Roles.Organizer], await RolesOfAsync("btc-next@c06.gov.vn"));
        Assert.Empty(await RolesOfAsync("btc-first@c06.gov.vn"));
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "account.role-revoked" && a.AfterJson!.Contains("btc-first@c06.gov.vn"))));
    }
}
