using DataForLife.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.BrowserTests.Support;

/// <summary>The whole platform on real Kestrel at a free loopback port, on a database of its own.</summary>
public sealed class KestrelPlatform : PlatformFactory
{
    public KestrelPlatform()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
    }

    public string BaseUrl { get; }
}
