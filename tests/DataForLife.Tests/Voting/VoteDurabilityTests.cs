using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>
/// The real server process under a stream of partner votes is killed with SIGKILL, then started again: every vote that
/// was answered 201 is still there, and none is counted twice.
/// </summary>
[Trait("Category", "Integration")]
public sealed class VoteDurabilityTests : IAsyncLifetime
{
    private const string Secret = "crash-test-secret";
    private readonly TestDatabase _database = TestDatabase.Create();

    [Fact]
    public async Task Every_vote_answered_201_survives_kill_9_and_none_is_counted_twice()
    {
        Assert.Equal(0, await DflCommand.Build(c => c.AddInMemoryCollection(_database.Settings)).Parse(["demo", "seed", "--stage", "voting"]).InvokeAsync());
        var key = await QueryAsync(async db =>
        {
            var row = new PartnerKey { Name = "Crash", SecretHash = PartnerKeys.Hash(Secret), CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" };
            db.PartnerKeys.Add(row);
            await db.SaveChangesAsync();
            return PartnerKeys.Format(row.Id, Secret);
        });
        var before = await QueryAsync(db => db.Votes.CountAsync(v => v.EditionId == "demo"));

        var acknowledged = new ConcurrentBag<(string Entry, string Voter)>();
        List<string> entries;
        using (var server = await ServerProcess.StartAsync(_database.Settings))
        {
            using var client = server.Client(key);
            entries = (await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/demo/entries")).EnumerateArray().Select(e => e.GetProperty("entry").GetString()!).ToList();
            Assert.Equal(30, entries.Count);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var vote = (entries[(worker + i) % entries.Count], $"crash-{worker}-{i}");
                    try
                    {
                        var response = await client.PostAsync("/api/v1/editions/demo/votes", Body(vote.Item1, vote.Item2));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(vote);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Kill while votes are in flight, once a good number has been acknowledged: 2,000, or after 20 seconds as
            // many as there are, but never fewer than 100 (a busy machine takes longer to get there, not fails).
            var waited = Stopwatch.StartNew();
            while (acknowledged.Count < 2000 && (waited.Elapsed < TimeSpan.FromSeconds(20) || acknowledged.Count < 100)
                && waited.Elapsed < Patience.Limit && !workers.All(w => w.IsCompleted))
            {
                await Task.Delay(20);
            }

            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        Assert.True(acknowledged.Count >= 100, $"only {acknowledged.Count} votes were acknowledged before the kill");
        using (var server = await ServerProcess.StartAsync(_database.Settings))
        {
            using var client = server.Client(key);
            var tally = (await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/demo/votes/tally")).EnumerateArray()
                .ToDictionary(r => r.GetProperty("entry").GetString()!, r => r.GetProperty("votes").GetInt32());
            var stored = await QueryAsync(db => db.Votes.CountAsync(v => v.EditionId == "demo"));

            Assert.True(stored - before >= acknowledged.Count, $"{acknowledged.Count} acknowledged, {stored - before} stored");
            foreach (var group in acknowledged.GroupBy(a => a.Entry))
            {
                Assert.True(tally[group.Key] >= group.Count());
            }

            // Sent again, every acknowledged vote is found already counted: committed once, never twice.
            var again = await Task.WhenAll(acknowledged.Chunk(200).Select(async chunk =>
            {
                var statuses = new List<HttpStatusCode>();
                foreach (var (entry, voter) in chunk)
                {
                    statuses.Add((await client.PostAsync("/api/v1/editions/demo/votes", Body(entry, voter))).StatusCode);
                }

                return statuses;
            }));
            Assert.All(again.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Equal(stored, await QueryAsync(db => db.Votes.CountAsync(v => v.EditionId == "demo")));
            var duplicates = await QueryAsync(db => db.Votes.Where(v => v.EditionId == "demo").GroupBy(v => new { v.TeamId, v.VoterKey, v.Day }).CountAsync(g => g.Count() > 1));
            Assert.Equal(0, duplicates);
        }
    }

    private static StringContent Body(string entry, string voter) =>
        new(JsonSerializer.Serialize(new { entry, voter }), Encoding.UTF8, "application/json");

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddAppDatabase(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>The built web app run as its own process, on a free loopback port, with the test database's settings.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, Uri address) => (_process, Address) = (process, address);

        public Uri Address { get; }

        public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
        {
            var port = FreePort();
            var info = new ProcessStartInfo("dotnet", [WebAssembly(), "--urls", $"http://127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var (name, value) in settings)
            {
                info.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
            using var probe = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
            var started = Stopwatch.StartNew();
            while (started.Elapsed < Patience.Limit)
            {
                Assert.False(process.HasExited, "the server process stopped while starting");
                try
                {
                    if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(200);
            }

            server.Kill();
            throw new TimeoutException($"the server did not answer /health within {Patience.Limit}");
        }

        public HttpClient Client(string key)
        {
            var client = new HttpClient { BaseAddress = Address, Timeout = Patience.Limit };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        /// <summary>SIGKILL: no shutdown, no flushing, nothing the server can do about it.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>The web app built beside these tests, in the same configuration (Debug or Release).</summary>
        private static string WebAssembly()
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = here.Parent!.Name;
            var root = here.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            var path = Path.Combine(root, "src", "DataForLife.Web", "bin", configuration, "net10.0", "DataForLife.Web.dll");
            Assert.True(File.Exists(path), $"the web app is not built at {path}");
            return path;
        }
    }
}
