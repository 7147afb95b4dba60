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

    /// <summary>The file and its labels, generated again: the same options give the same bytes on every machine.</summary>
    public static (byte[] Data, byte[] Labels) Generate(CancellationToken cancellationToken)
    {
        using var data = new MemoryStream();
        using var labels = new MemoryStream();
        PopulationGenerator.Generate(Options, data, labels, cancellationToken: cancellationToken);
        return (data.ToArray(), labels.ToArray());
    }

    /// <summary>Writes the file and its labels to storage; the labels' key is kept by the data set only.</summary>
    public static async Task<(StoredFile Data, StoredFile Labels)> StoreAsync(IFileStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var (data, labels) = Generate(cancellationToken);
        using var dataStream = new MemoryStream(data, writable: false);
        using var labelsStream = new MemoryStream(labels, writable: false);
        var storedData = await storage.SaveAsync(dataStream, long.MaxValue, cancellationToken);
        var storedLabels = await storage.SaveAsync(labelsStream, long.MaxValue, cancellationToken);
        return (storedData!, storedLabels!);
    }
}
