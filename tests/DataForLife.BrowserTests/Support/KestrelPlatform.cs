using DataForLife.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.BrowserTests.Support;

/// <summary>
/// The whole platform on real Kestrel at a free loopback port, on a database of its own, its clock on 1 September 2023
/// while the plan's registration and submission windows are open.
/// </summary>
public sealed class KestrelPlatform : VotingFactory
{
    public KestrelPlatform()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        ClientOptions.BaseAddress = new Uri(BaseUrl);
    }

    public string BaseUrl { get; }

    /// <summary>Over real sockets: a plain client with its own cookies, not following redirects.</summary>
    public override HttpClient CreateBrowserLikeClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }, disposeHandler: true)
        {
            BaseAddress = new Uri(BaseUrl),
        };
}
