using System.Net.Sockets;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DataForLife.Tests.Operations;

public sealed class DatabaseOutageTests
{
    [Fact]
    public void A_refused_connection_is_an_outage() =>
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));

    [Fact]
    public void An_outage_wrapped_by_ef_core_is_still_an_outage() =>
        Assert.True(DatabaseOutage.IsOutage(new DbUpdateException("save failed", new TimeoutException())));

    [Fact]
    public void A_bug_is_not_an_outage()
    {
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("a bug")));
        Assert.False(DatabaseOutage.IsOutage(new DbUpdateException("unique violation", new InvalidOperationException())));
        Assert.False(DatabaseOutage.IsOutage(null));
    }
}
