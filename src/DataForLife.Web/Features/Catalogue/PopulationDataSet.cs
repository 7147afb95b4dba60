using DataForLife.Population;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// The organisers' synthetic population: 10,000 fictitious people from a fixed seed, about 5% of them carrying
/// labelled anomalies. The same options give the same bytes everywhere, so the file's SHA-256 never changes.
/// </summary>
public static class PopulationDataSet
{
    public const ulong Seed = 2023;
    public const int Count = 10_000;
    public const double AnomalyRate = 0.05;
    public const string FileName = "dan-cu-gia-lap-10000.csv";

    public static GenerationOptions Options => new(Count, Seed, OutputFormat.Csv, AnomalyRate, Threads: 1);

    /// <summary>Writes the file and its labels to storage; the labels' key is kept by the data set only.</summary>
    public static async Task<(StoredFile Data, StoredFile Labels)> StoreAsync(IFileStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        using var data = new MemoryStream();
        using var labels = new MemoryStream();
        PopulationGenerator.Generate(Options, data, labels, cancellationToken: cancellationToken);
        data.Position = 0;
        labels.Position = 0;
        var storedData = await storage.SaveAsync(data, long.MaxValue, cancellationToken);
        var storedLabels = await storage.SaveAsync(labels, long.MaxValue, cancellationToken);
        return (storedData!, storedLabels!);
    }
}
