namespace DataForLife.Population.Reference;

/// <summary>
/// The communes of Data/communes.csv by three-digit province code: a sample of each province's communes before the
/// 2025 reform with their district and the 2025 commune each was merged into (the government's conversion table).
/// </summary>
internal static class CommuneTable
{
    private static readonly Lazy<IReadOnlyDictionary<string, Commune[]>> Shared = new(Load);

    public static IReadOnlyDictionary<string, Commune[]> ByProvinceCode => Shared.Value;

    private static Dictionary<string, Commune[]> Load() => EmbeddedCsv.Read("communes.csv")
        .GroupBy(row => row[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(row => new Commune(row[1] + ", " + row[2], row[3])).ToArray(), StringComparer.Ordinal);
}
