using DataForLife.Population.Detection;
using DataForLife.Population.Scoring;

namespace DataForLife.Population.Tests;

/// <summary>A generated population written to a temporary directory and read back as a user would.</summary>
public sealed class GeneratedFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dfl-population-").FullName;

    public GeneratedFile(GenerationOptions options)
    {
        Options = options;
        var extension = options.Format switch { OutputFormat.Jsonl => ".jsonl", OutputFormat.Parquet => ".parquet", _ => ".csv" };
        DataPath = Path.Combine(_directory, "people" + extension);
        LabelsPath = Path.Combine(_directory, "labels.csv");
        using (var data = File.Create(DataPath))
        using (var labels = File.Create(LabelsPath))
        {
            Summary = PopulationGenerator.Generate(options, data, labels);
        }

        var (records, problem) = PopulationFile.ReadAsync(DataPath).GetAwaiter().GetResult();
        Records = records ?? throw new InvalidOperationException(problem);
        Labels = LabelFile.ReadAsync(LabelsPath).GetAwaiter().GetResult().Rows!;
        LabelLines = [.. File.ReadAllLines(LabelsPath).Skip(1).Select(l => l.Split(','))];
    }

    public GenerationOptions Options { get; }

    public string DataPath { get; }

    public string LabelsPath { get; }

    public GenerationSummary Summary { get; }

    public List<PopulationRecord> Records { get; }

    public List<LabelRow> Labels { get; }

    /// <summary>The labels file's rows split into record_id, class, kind, tier, group_id.</summary>
    public List<string[]> LabelLines { get; }

    public byte[] DataBytes => File.ReadAllBytes(DataPath);

    public byte[] LabelBytes => File.ReadAllBytes(LabelsPath);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
