using DataForLife.Population.Detection;

namespace DataForLife.Population.Tests;

/// <summary>100,000 records of a clean run (no anomalies), shared by the distribution, structure and trap tests.</summary>
public sealed class CleanPopulation : IDisposable
{
    public const int Count = 100_000;

    private readonly Lazy<IReadOnlyList<RuleResult>> _findings;

    public CleanPopulation()
    {
        File = new GeneratedFile(new GenerationOptions(Count, 2023, Threads: 2));
        _findings = new Lazy<IReadOnlyList<RuleResult>>(() => BaselineDetector.Run(File.Records));
    }

    public GeneratedFile File { get; }

    public List<PopulationRecord> Records => File.Records;

    public List<PopulationRecord> Living => [.. Records.Where(r => r.DeathDate.Length == 0)];

    public IReadOnlyList<RuleResult> Findings => _findings.Value;

    public void Dispose() => File.Dispose();
}
