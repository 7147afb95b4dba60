using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DataForLife.Population;
using DataForLife.Population.Detection;
using DataForLife.Population.Scoring;
using Spectre.Console;

namespace DataForLife.Cli;

/// <summary>
/// <c>dfl population generate|check|score</c>: the synthetic population register, its baseline detector and its
/// scorer. None of them touches the database. Bad arguments end with exit code 1 and one line on standard error.
/// </summary>
public static class PopulationCommands
{
    public static Command Build()
    {
        var population = new Command("population", "Synthetic population register: generate fictitious people, check a file, score predictions.");
        population.Subcommands.Add(Generate());
        population.Subcommands.Add(Check());
        population.Subcommands.Add(Score());
        return population;
    }

    private static Command Generate()
    {
        var count = new Option<long>("--count") { Description = "Number of records to write.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed gives the same bytes on any machine and thread count.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var format = new Option<string>("--format") { Description = "csv (UTF-8 with a header row), jsonl or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        var anomalies = new Option<double>("--anomalies") { Description = "Approximate share of records carrying labelled anomalies (0 to 1).", DefaultValueFactory = _ => 0 };
        var labels = new Option<string?>("--labels") { Description = "File for the labels (record_id,class,group_id); needed with --anomalies." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (the output does not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var keyFile = new Option<string?>("--key-file") { Description = "File holding a secret key mixed with the seed: without it, nobody can regenerate the file or its labels." };
        var command = new Command("generate", "Writes fictitious people in households, optionally with labelled anomalies.");
        foreach (var option in new Option[] { count, seed, output, format, anomalies, labels, threads, keyFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (key, keyProblem) = await ReadKeyAsync(parse.GetValue(keyFile), cancellationToken);
            if (keyProblem is not null)
            {
                await error.WriteLineAsync("population generate: " + keyProblem);
                return 1;
            }

            var options = new GenerationOptions(parse.GetValue(count), parse.GetValue(seed), Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
                parse.GetValue(anomalies), parse.GetValue(threads), key);
            var labelsPath = parse.GetValue(labels);
            var problem = options.Problem ?? (options.AnomalyRate > 0 && string.IsNullOrWhiteSpace(labelsPath) ? "--labels FILE is needed with --anomalies." : null);
            if (problem is not null)
            {
                await error.WriteLineAsync("population generate: " + problem);
                return 1;
            }

            var path = parse.GetValue(output)!;
            FileStream? data = null;
            FileStream? labelStream = null;
            try
            {
                data = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
                labelStream = string.IsNullOrWhiteSpace(labelsPath) ? null : new FileStream(labelsPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                var watch = Stopwatch.StartNew();
                var summary = await RunWithProgressAsync(options, data, labelStream, cancellationToken);
                var output = parse.InvocationConfiguration.Output;
                await output.WriteLineAsync(Invariant($"Wrote {summary.Records:N0} records to {path} ({options.Format.ToString().ToLowerInvariant()}, seed {options.Seed}{(key is null ? "" : ", keyed")}) in {watch.Elapsed.TotalSeconds:F1} s."));
                if (labelStream is not null)
                {
                    await output.WriteLineAsync(Invariant($"Labels: {summary.LabelledRecords:N0} labelled records in {summary.Groups:N0} groups, written to {labelsPath}."));
                    foreach (var (anomaly, rows) in summary.LabelsByClass)
                    {
                        await output.WriteLineAsync(Invariant($"  {anomaly.Name(),-28} {rows,8:N0}"));
                    }
                }

                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await error.WriteLineAsync($"population generate: cannot write {(data is null ? path : labelsPath)}: {e.Message}");
                return 1;
            }
            finally
            {
                data?.Dispose();
                labelStream?.Dispose();
            }
        });
        return command;
    }

    private static Command Check()
    {
        var file = new Argument<string>("FILE") { Description = "Population file (.csv, .jsonl or .parquet)." };
        var predictions = new Option<string?>("--predictions") { Description = "Where to write predictions (default: FILE with .predictions.csv)." };
        var detector = new Option<string>("--detector") { Description = "baseline (simple rules) or linkage (the stronger reference: rules plus cross-record linkage).", DefaultValueFactory = _ => "baseline" };
        detector.AcceptOnlyFromAmong("baseline", "linkage");
        var command = new Command("check", "Runs a rule-based detector, reports each rule's findings and writes predictions.");
        command.Arguments.Add(file);
        command.Options.Add(predictions);
        command.Options.Add(detector);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"population check: {path} does not exist.");
                return 1;
            }

            var (records, problem) = await PopulationFile.ReadAsync(path, cancellationToken);
            if (records is null)
            {
                await error.WriteLineAsync("population check: " + problem);
                return 1;
            }

            var results = parse.GetValue(detector) == "linkage" ? LinkageDetector.Run(records) : BaselineDetector.Run(records);
            FindingsSummary.Write(records.Count, results, output);

            var target = parse.GetValue(predictions) ?? Path.ChangeExtension(path, ".predictions.csv");
            try
            {
                await using var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false));
                BaselineDetector.WritePredictions(results, writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"population check: cannot write {target}: {e.Message}");
                return 1;
            }

            await output.WriteLineAsync(Invariant($"Predictions ({results.Sum(r => r.Findings.Count):N0} rows) written to {target}."));
            return 0;
        });
        return command;
    }

    private static Command Score()
    {
        var labels = new Option<string>("--labels") { Description = "Labels file from generate.", Required = true };
        var predictions = new Option<string>("--predictions") { Description = "Predictions file (same format).", Required = true };
        var command = new Command("score", "Precision, recall and F1 of predictions against labels, per class and overall; noise is not fraud.");
        command.Options.Add(labels);
        command.Options.Add(predictions);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var read = new List<LabelRow>[2];
            var paths = new[] { parse.GetValue(labels)!, parse.GetValue(predictions)! };
            for (var i = 0; i < paths.Length; i++)
            {
                if (!File.Exists(paths[i]))
                {
                    await error.WriteLineAsync($"population score: {paths[i]} does not exist.");
                    return 1;
                }

                var (rows, problem) = await LabelFile.ReadAsync(paths[i], cancellationToken);
                if (rows is null)
                {
                    await error.WriteLineAsync("population score: " + problem);
                    return 1;
                }

                read[i] = rows;
            }

            ScoreTable.Write(Scorer.Score(read[0], read[1]), parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    /// <summary>The key in a file (its first line, trimmed), or why it cannot be used; no file, no key.</summary>
    private static async Task<(string? Key, string? Problem)> ReadKeyAsync(string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return (null, null);
        }

        try
        {
            var key = (await File.ReadAllTextAsync(path, cancellationToken)).Split('\n')[0].Trim();
            return key.Length == 0 ? (null, $"{path} holds no key.") : (key, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read the key file {path}: {e.Message}");
        }
    }

    /// <summary>Generates on a worker task; a progress bar appears on an interactive terminal once the run passes a second.</summary>
    private static async Task<GenerationSummary> RunWithProgressAsync(GenerationOptions options, Stream data, Stream? labels, CancellationToken cancellationToken)
    {
        var progress = new RecordCounter();
        var run = Task.Run(() => PopulationGenerator.Generate(options, data, labels, progress, cancellationToken), cancellationToken);
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken)) != run && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask("Generating", maxValue: Math.Max(1, options.Count));
                while (!run.IsCompleted)
                {
                    task.Value = progress.Records;
                    await Task.WhenAny(run, Task.Delay(200, cancellationToken));
                }

                task.Value = options.Count;
            });
        }

        return await run;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
