using System.Diagnostics;
using System.Globalization;
using DataForLife.Web.Features.Dashboard;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Features.Editions;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Bench.DashboardLoad;

/// <summary>Every chart of the dashboard computed as one request would (a scope of its own), timed run by run.</summary>
public static class Timing
{
    /// <summary>The figure the dashboard must stay under, per page.</summary>
    private const double TargetMilliseconds = 300;

    public static async Task<int> RunAsync(LoadedEdition platform, int runs)
    {
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var edition = (await scope.ServiceProvider.GetRequiredService<EditionStore>().FindAsync(DemoSeeder.EditionId))!;
            var watch = Stopwatch.StartNew();
            var charts = await scope.ServiceProvider.GetRequiredService<EditionDashboard>().ChartsAsync(edition, CancellationToken.None);
            watch.Stop();
            if (run == 0)
            {
                // The first run compiles the queries; it is shown, not counted.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First run (queries compiled): {watch.Elapsed.TotalMilliseconds:0} ms, {charts.Count} charts, {charts.Sum(c => c.Rows.Count)} rows"));
                continue;
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        var worst = times[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Dashboard over {runs} runs: median {median:0} ms, fastest {times[0]:0} ms, slowest {worst:0} ms (target: under {TargetMilliseconds:0} ms)"));
        return median < TargetMilliseconds ? 0 : 1;
    }
}
