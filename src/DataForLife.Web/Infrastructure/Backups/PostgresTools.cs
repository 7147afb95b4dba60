using System.Diagnostics;
using Npgsql;

namespace DataForLife.Web.Infrastructure.Backups;

/// <summary>
/// Runs PostgreSQL's own client programs (<c>pg_dump</c>, <c>psql</c>; from <c>Backup:PostgresBin</c>, or the path)
/// against the platform's database, passing the connection through the environment, never the command line.
/// </summary>
public sealed class PostgresTools(string connectionString, string? binDirectory)
{
    /// <summary>A dump in one consistent snapshot (pg_dump reads inside one repeatable-read transaction).</summary>
    public Task<(bool Ok, string Error)> DumpAsync(string outputPath, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", ["--format=plain", "--no-owner", "--no-privileges", "--quote-all-identifiers", "--file", outputPath], cancellationToken);

    /// <summary>Loads a plain dump in one transaction: all of it, or nothing.</summary>
    public Task<(bool Ok, string Error)> LoadAsync(string dumpPath, CancellationToken cancellationToken) =>
        RunAsync("psql", ["--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction", "--file", dumpPath], cancellationToken);

    private async Task<(bool Ok, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(string.IsNullOrEmpty(binDirectory) ? program : Path.Combine(binDirectory, program))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database;
        start.Environment["PGUSER"] = builder.Username;
        start.Environment["PGCONNECT_TIMEOUT"] = "15";
        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        if (builder.SslMode is SslMode.Require or SslMode.VerifyCA or SslMode.VerifyFull)
        {
            start.Environment["PGSSLMODE"] = builder.SslMode.ToString().ToLowerInvariant().Replace("verifyca", "verify-ca").Replace("verifyfull", "verify-full");
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var message = ((await error) + (await output)).Trim();
            return (process.ExitCode == 0, process.ExitCode == 0 ? string.Empty : $"{program} exited with {process.ExitCode}: {message}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, $"{program} could not be started ({e.Message}): install PostgreSQL's client programs or set Backup:PostgresBin.");
        }
    }
}
