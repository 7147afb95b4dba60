using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Dashboard;

/// <summary>The platform with the demo edition seeded as finished (judged, voted, the final held), an organiser and an observer.</summary>
public sealed class DemoEditionFactory : PlatformFactory
{
    public const string Organiser = "btc-bangtheodoi@c06.gov.vn";
    public const string Observer = "bcd-bangtheodoi@c06.gov.vn";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithScopeAsync(async sp => await sp.GetRequiredService<DemoSeeder>().SeedAsync(DemoStage.Finished));
        await CreateUserAsync(Organiser, role: Roles.Organizer, displayName: "Trần Thị Theo Dõi");
        await CreateUserAsync(Observer, role: Roles.Observer, displayName: "Lê Văn Quan Sát");
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }
}
