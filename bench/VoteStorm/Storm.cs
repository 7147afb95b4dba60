using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace DataForLife.Bench.VoteStorm;

/// <summary>
/// Keeps CONNECTIONS requests in flight for SECONDS, each a new reader's vote, and records each answer: its status,
/// whether a 503 said Retry-After, its latency, and (for 201) the reader, so that the database can be checked after.
/// A request unanswered after 10 s counts as a hang.
/// </summary>
public static class Storm
{
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(10);

    private sealed record Answer(double AtSeconds, string Outcome, double Milliseconds);

    public static async Task<int> RunAsync(Uri baseUrl, string key, TimeSpan duration, int connections, string ackedFile)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromSeconds(2) })
        {
            BaseAddress = baseUrl,
            Timeout = HangAfter,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var entries = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/editions/demo/entries"))
            .RootElement.EnumerateArray().Select(e => e.GetProperty("entry").GetString()!).ToArray();
        var run = Guid.NewGuid().ToString("N")[..8];
        var answers = new ConcurrentQueue<Answer>();
        var acked = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var counter = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref counter);
                var voter = $"storm-{run}-{n}";
                var body = new StringContent($$"""{"entry":"{{entries[n % entries.Length]}}","voter":"{{voter}}"}""", Encoding.UTF8, "application/json");
                var sent = clock.Elapsed;
                string outcome;
                try
                {
                    using var response = await client.PostAsync("/api/v1/editions/demo/votes", body);
                    var status = (int)response.StatusCode;
                    outcome = status == 503 && response.Headers.RetryAfter is not null ? "503+Retry-After" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (status == 201)
                    {
                        acked.Enqueue(voter);
                    }
                    else if (status >= 500)
                    {
                        // As a partner's server would: wait a moment before the next vote.
                        await Task.Delay(response.Headers.RetryAfter?.Delta is { } after ? TimeSpan.FromMilliseconds(Math.Min(after.TotalMilliseconds, 1000)) : TimeSpan.FromMilliseconds(200));
                    }
                }
                catch (TaskCanceledException)
                {
                    outcome = "hang (no answer in 10 s)";
                }
                catch (HttpRequestException e)
                {
                    outcome = "connection error (" + (e.HttpRequestError.ToString()) + ")";
                    await Task.Delay(200);
                }

                answers.Enqueue(new Answer(sent.TotalSeconds, outcome, (clock.Elapsed - sent).TotalMilliseconds));
            }
        }));

        await File.WriteAllLinesAsync(ackedFile, acked);
        Print([.. answers.OrderBy(a => a.AtSeconds)], clock.Elapsed);
        return 0;
    }

    private static void Print(List<Answer> answers, TimeSpan elapsed)
    {
        Console.WriteLine("second  answers by outcome");
        foreach (var second in answers.GroupBy(a => (int)a.AtSeconds).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{second.Key,6}  " + string.Join(", ", second.GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        }

        var latencies = answers.Select(a => a.Milliseconds).Order().ToArray();
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        var failures = answers.Where(a => a.Outcome is not ("201" or "200")).ToList();
        Console.WriteLine();
        Console.WriteLine($"requests: {answers.Count} in {elapsed.TotalSeconds:0.0} s; " + string.Join(", ", answers.GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Console.WriteLine($"latency: p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {latencies[^1]:0} ms");
        Console.WriteLine($"votes acknowledged (201): {answers.Count(a => a.Outcome == "201")}, {answers.Count(a => a.Outcome == "201") / elapsed.TotalSeconds:0} votes/s over the run");
        if (failures.Count > 0)
        {
            var recovered = answers.Where(a => a.Outcome == "201" && a.AtSeconds > failures[^1].AtSeconds).Select(a => a.AtSeconds).DefaultIfEmpty(double.NaN).Min();
            Console.WriteLine($"failed answers from {failures[0].AtSeconds:0.00} s to {failures[^1].AtSeconds:0.00} s (sent at); first 201 after them sent at {recovered:0.00} s");
        }
    }
}
