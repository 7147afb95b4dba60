using System.Diagnostics;
using System.Globalization;

namespace DataForLife.Population.Bench;

/// <summary>
/// <c>compare [ours] [bogus] [dir]</c>: records per second of our generator and of Bogus, one thread each, CSV to a file, five rounds.
/// <c>nation [count] [file|-]</c>: the given count streamed with every core, then records/s and peak memory (VmHWM).
/// </summary>
public static class BenchProgram
{
    public static Task<int> RunAsync(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "compare";
        return Task.FromResult(mode switch
        {
            "compare" => Compare(Count(args, 1, 2_000_000), Count(args, 2, 100_000), args.Length > 3 ? args[3] : Path.GetTempPath()),
            "nation" => Nation(Count(args, 1, 100_000_000), args.Length > 2 ? args[2] : "-"),
            _ => Usage(),
        });
    }

    /// <summary>
    /// Five rounds, each running ours then Bogus, each to a new file that is deleted at once (so dirty pages of one
    /// run never slow the next); the medians of the rounds are compared, which tames the noise of a shared machine.
    /// </summary>
    private static int Compare(long ours, long bogus, string directory)
    {
        const int Rounds = 5;
        var file = Path.Combine(directory, "bench-population.csv");

        // A short warm-up of each, so neither measurement pays for JIT compilation.
        Run(file, 20_000, stream => PopulationGenerator.Generate(new GenerationOptions(20_000, 1), stream));
        Run(file, 2_000, stream => BogusGenerator.Write(2_000, 1, stream));
        var oursRates = new List<double>();
        var bogusRates = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            oursRates.Add(Run(file, ours, stream => PopulationGenerator.Generate(new GenerationOptions(ours, 2023, Threads: 1), stream)));
            bogusRates.Add(Run(file, bogus, stream => BogusGenerator.Write(bogus, 2023, stream)));
            Console.WriteLine(Invariant($"round {round}: ours {oursRates[^1]:N0} records/s, bogus {bogusRates[^1]:N0} records/s"));
        }

        var oursMedian = Median(oursRates);
        var bogusMedian = Median(bogusRates);
        Console.WriteLine(Invariant($"ours  (1 thread, CSV to file): {ours:N0} records a round, median {oursMedian:N0} records/s, {OursBytes(directory) / 100_000.0:F0} bytes/record"));
        Console.WriteLine(Invariant($"bogus (1 thread, CSV to file): {bogus:N0} records a round, median {bogusMedian:N0} records/s"));
        Console.WriteLine(Invariant($"ratio of medians: {oursMedian / bogusMedian:F1}x (lowest round ratio {oursRates.Zip(bogusRates, (o, b) => o / b).Min():F1}x)"));
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static long OursBytes(string directory)
    {
        var file = Path.Combine(directory, "bench-size.csv");
        Run(file, 100_000, stream => PopulationGenerator.Generate(new GenerationOptions(100_000, 2023), stream), keep: true);
        var size = new FileInfo(file).Length;
        File.Delete(file);
        return size;
    }

    private static int Nation(long count, string target)
    {
        var threads = Environment.ProcessorCount;
        var watch = Stopwatch.StartNew();
        using (var stream = target == "-" ? Stream.Null : new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            PopulationGenerator.Generate(new GenerationOptions(count, 2023, Threads: threads), stream);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var size = target == "-" ? 0 : new FileInfo(target).Length;
        Console.WriteLine(Invariant($"nation: {count:N0} records with {threads} threads to {(target == "-" ? "a null stream" : target)} in {seconds:F1} s: {count / seconds:N0} records/s, {size / 1e9:F1} GB"));
        Console.WriteLine(Invariant($"peak memory (VmHWM): {PeakMegabytes():F0} MB"));
        return 0;
    }

    private static double Run(string file, long count, Action<Stream> generate, bool keep = false)
    {
        double seconds;
        using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var watch = Stopwatch.StartNew();
            generate(stream);
            stream.Flush();
            seconds = watch.Elapsed.TotalSeconds;
        }

        if (!keep)
        {
            File.Delete(file);
        }

        return count / seconds;
    }

    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static long Count(string[] args, int index, long fallback) =>
        args.Length > index ? long.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int Usage()
    {
        Console.Error.WriteLine("usage: compare [ours-count] [bogus-count] [directory] | nation [count] [file|-]");
        return 2;
    }
}
