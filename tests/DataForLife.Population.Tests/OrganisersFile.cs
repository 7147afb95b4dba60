using DataForLife.Population.Detection;
using DataForLife.Population.Scoring;
using DataForLife.Web.Features.Catalogue;

namespace DataForLife.Population.Tests;

/// <summary>
/// The organisers' file as the catalogue makes it (10,000 records, seed 2023, the default rate) with a test key, and
/// what the baseline and the linkage reference predict on it; shared by the anomaly and leak tests.
/// </summary>
public sealed class OrganisersFile : IDisposable
{
    public const string TestKey = "test key of the population tests";

    public OrganisersFile()
    {
        File = new GeneratedFile(PopulationDataSet.Options(TestKey) with { Threads = 2 });
        Baseline = BaselineDetector.Run(File.Records);
        Linkage = LinkageDetector.Run(File.Records);
    }

    public GeneratedFile File { get; }

    public IReadOnlyList<RuleResult> Baseline { get; }

    public IReadOnlyList<RuleResult> Linkage { get; }

    public ScoreReport Score(IReadOnlyList<RuleResult> results) => Scorer.Score(File.Labels, Predictions(results));

    public static List<LabelRow> Predictions(IReadOnlyList<RuleResult> results)
    {
        using var writer = new StringWriter();
        BaselineDetector.WritePredictions(results, writer);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))
            .Select(p => new LabelRow(long.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1], long.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public void Dispose() => File.Dispose();
}
