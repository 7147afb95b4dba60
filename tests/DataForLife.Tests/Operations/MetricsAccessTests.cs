using System.Net;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.AspNetCore.Http;

namespace DataForLife.Tests.Operations;

public sealed class MetricsAccessTests
{
    private static DefaultHttpContext Request(string address, string? authorization = null, string? forwardedFor = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Original-For"] = forwardedFor;
        }

        return context;
    }

    [Fact]
    public void Without_a_token_only_a_direct_scraper_on_this_machine_may_read()
    {
        Assert.True(MetricsAccess.IsAllowed(Request("127.0.0.1"), null));
        Assert.True(MetricsAccess.IsAllowed(Request("::1"), null));
        Assert.False(MetricsAccess.IsAllowed(Request("203.0.113.7"), null));
        Assert.False(MetricsAccess.IsAllowed(Request("127.0.0.1", forwardedFor: "127.0.0.1:51234"), null));
    }

    [Fact]
    public void With_a_token_only_its_bearer_may_read_from_anywhere()
    {
        Assert.True(MetricsAccess.IsAllowed(Request("10.0.0.5", "Bearer s3cret-token"), "s3cret-token"));
        Assert.False(MetricsAccess.IsAllowed(Request("10.0.0.5", "Bearer wrong"), "s3cret-token"));
        Assert.False(MetricsAccess.IsAllowed(Request("127.0.0.1"), "s3cret-token"));
    }
}
