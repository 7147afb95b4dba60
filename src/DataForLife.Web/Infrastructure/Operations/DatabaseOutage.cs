using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>Tells a database that cannot be reached right now (restarting, down, overloaded) from a bug.</summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 2;

    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when IsOutageState(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Admin shutdown, crash shutdown, cannot connect now, too many connections, and connection exceptions.</summary>
    private static bool IsOutageState(string state) =>
        state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) || state == "53300";
}
