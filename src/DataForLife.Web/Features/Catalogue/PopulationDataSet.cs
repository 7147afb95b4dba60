using System.Security.Cryptography;
using System.Text;
using DataForLife.Population;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// The organisers' synthetic population: 10,000 fictitious people from the published seed and the organisers'
/// secret key (<see cref="PopulationKey"/>), about 5% of them carrying labelled anomalies. The same options give the
/// same bytes everywhere, so the file's SHA-256 never changes while the generator's edition and the key stay.
/// </summary>
public static class PopulationDataSet
{
    public const ulong Seed = 2023;
    public const int Count = 10_000;
    public const double AnomalyRate = 0.05;
    public const string FileName = "dan-cu-gia-lap-10000.csv";

    /// <summary>The generator's edition: raised whenever the generator writes other records for the same options.</summary>
    public const int GeneratorEdition = 2;

    public static GenerationOptions Options(string key) => new(Count, Seed, OutputFormat.Csv, AnomalyRate, Threads: 1, key);

    /// <summary>
    /// Names the file one edition of the generator writes with one key, without revealing the key: labels and the
    /// predictions scored against them carry it, so predictions for an earlier file are told apart.
    /// </summary>
    public static string Version(string key) =>
        $"e{GeneratorEdition}-" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key),
            Encoding.UTF8.GetBytes($"population|{GeneratorEdition}|{Seed}|{Count}|{AnomalyRate}")))[..16];

    /// <summary>The file and its labels, generated again: the same options give the same bytes on every machine.</summary>
    public static (byte[] Data, byte[] Labels) Generate(string key, CancellationToken cancellationToken)
    {
        using var data = new MemoryStream();
        using var labels = new MemoryStream();
        PopulationGenerator.Generate(Options(key), data, labels, cancellationToken: cancellationToken);
        return (data.ToArray(), labels.ToArray());
    }

    /// <summary>Writes the file and its labels to storage; the labels' key is kept by the data set only.</summary>
    public static async Task<(StoredFile Data, StoredFile Labels)> StoreAsync(IFileStorage storage, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var (data, labels) = Generate(key, cancellationToken);
        using var dataStream = new MemoryStream(data, writable: false);
        using var labelsStream = new MemoryStream(labels, writable: false);
        var storedData = await storage.SaveAsync(dataStream, long.MaxValue, cancellationToken);
        var storedLabels = await storage.SaveAsync(labelsStream, long.MaxValue, cancellationToken);
        return (storedData!, storedLabels!);
    }
}
