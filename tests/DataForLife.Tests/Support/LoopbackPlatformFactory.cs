using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The test host has no network; this makes its requests come from 127.0.0.1, as a browser on the server or a reverse
/// proxy on the same machine would. A test stands for a reader elsewhere by sending X-Forwarded-For, as the proxy does.
/// </summary>
public class LoopbackPlatformFactory : PlatformFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, LoopbackStartupFilter>();

    /// <summary>A client whose requests arrive through the proxy from <paramref name="address"/>.</summary>
    public HttpClient CreateBrowserLikeClientFrom(string address)
    {
        var client = CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
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
