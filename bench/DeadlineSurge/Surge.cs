using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace DataForLife.Bench.DeadlineSurge;

public static class Surge
{
    private const int Port = 5391;

    /// <summary>
    /// SQLite in a fresh data folder by default. With SURGE_POSTGRES (a connection string to an empty database) the
    /// platform runs on PostgreSQL; SURGE_INSTANCES=2 starts a second instance on the next port, sharing the files
    /// folder; SURGE_URL is where the teams send (a proxy in front of the instances), by default the first instance.
    /// </summary>
    public static async Task<int> RunAsync(int teamCount, TimeSpan window, string serverDll)
    {
        var data = Path.Combine(Path.GetTempPath(), "dfl-surge-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        var settings = new Dictionary<string, string?> { ["Data:Directory"] = data, ["Files:Directory"] = Path.Combine(data, "files") };
        if (Environment.GetEnvironmentVariable("SURGE_POSTGRES") is { Length: > 0 } postgres)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = postgres;
        }

        var instances = int.Parse(Environment.GetEnvironmentVariable("SURGE_INSTANCES") ?? "1", CultureInfo.InvariantCulture);
        settings["Platform:Instances"] = instances.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"Seeding {teamCount} teams ({settings.GetValueOrDefault("Database:Provider") ?? "Sqlite"}, {instances} instance(s)) ...");
        var leaders = await Seeding.SeedAsync(settings, teamCount);

        var servers = Enumerable.Range(0, instances).Select(i => Server.Start(serverDll,
            new Dictionary<string, string?>(settings) { ["Data:Directory"] = Path.Combine(data, "instance" + i) }, Port + i)).ToList();
        using var stop = new Stopper(servers);
        foreach (var i in Enumerable.Range(0, instances))
        {
            await Server.WaitUntilHealthyAsync($"http://127.0.0.1:{Port + i}");
        }

        var baseUrl = Environment.GetEnvironmentVariable("SURGE_URL") is { Length: > 0 } url ? url.TrimEnd('/') : $"http://127.0.0.1:{Port}";
        await Server.WaitUntilHealthyAsync(baseUrl);
        Console.WriteLine("Signing the leaders in (not timed) ...");
        var clients = new TeamClient[leaders.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, leaders.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            clients[i] = await TeamClient.SignInAsync(baseUrl, leaders[i].Email, leaders[i].TeamId));

        var files = Payload.Create();
        Console.WriteLine($"Surge: {leaders.Count} submissions of {Payload.TotalBytes(files) / 1024 / 1024} MB each, spread over {window.TotalSeconds:0} s ...");
        var started = Stopwatch.StartNew();
        var results = await Task.WhenAll(clients.Select((client, i) => SubmitAtAsync(client, files, window * i / clients.Length, started)));
        var elapsed = started.Elapsed;

        Console.WriteLine("Checking every dossier and every file byte by byte ...");
        var lost = 0;
        foreach (var (client, result) in clients.Zip(results).Where(p => p.Second.Accepted))
        {
            lost += await client.VerifyAsync(files, result.Checksum!) ? 0 : 1;
        }

        Report.Print(results, elapsed, lost, Payload.TotalBytes(files));
        stop.Dispose();
        Directory.Delete(data, recursive: true);
        return results.All(r => r.Accepted) && lost == 0 ? 0 : 1;
    }

    private static async Task<SubmissionResult> SubmitAtAsync(TeamClient client, IReadOnlyList<(string Kind, string Name, byte[] Bytes)> files, TimeSpan at, Stopwatch clock)
    {
        var wait = at - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        return await client.SubmitAsync(files);
    }

    private sealed class Stopper(List<Server> servers) : IDisposable
    {
        public void Dispose()
        {
            foreach (var server in servers)
            {
                server.Dispose();
            }

            servers.Clear();
        }
    }
}
