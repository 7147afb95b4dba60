using DataForLife.Population.Detection;

namespace DataForLife.Population.Tests;

/// <summary>40,000 records with about 10% labelled anomalies, and what the baseline detector predicts on them.</summary>
public sealed class AnomalousPopulation : IDisposable
{
    public AnomalousPopulation()
    {
        File = new GeneratedFile(new GenerationOptions(40_000, 7, AnomalyRate: 0.1, Threads: 2));
        Findings = BaselineDetector.Run(File.Records);
    }

    public GeneratedFile File { get; }

    public IReadOnlyList<RuleResult> Findings { get; }

    public void Dispose() => File.Dispose();
}
