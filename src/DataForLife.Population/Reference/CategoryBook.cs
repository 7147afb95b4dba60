using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>Ethnic groups (§3.5) or religions (§3.6): their names and, for each province, a sampler over them.</summary>
internal sealed class CategoryBook
{
    private readonly AliasTable[] _byProvince;

    private CategoryBook(IReadOnlyList<ProvinceShares.Category> categories)
    {
        Names = [.. categories.Select(c => new EncodedText(c.Name))];
        _byProvince = ProvinceShares.Build(categories);
    }

    public IReadOnlyList<EncodedText> Names { get; }

    public int Draw(RandomStream random, Place residence) => _byProvince[residence.Index].Sample(random);

    public static CategoryBook Ethnicities()
    {
        var known = EmbeddedCsv.Read("ethnic-known-counts.csv")
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(r => r[1], r => EmbeddedCsv.Long(r[2]), StringComparer.Ordinal), StringComparer.Ordinal);
        var empty = new Dictionary<string, long>();
        return new CategoryBook([.. EmbeddedCsv.Read("ethnic-groups.csv").Select(r => new ProvinceShares.Category(
            r[0], EmbeddedCsv.Long(r[1]), Codes(r), known.GetValueOrDefault(r[0]) ?? empty))]);
    }

    public static CategoryBook Religions()
    {
        var population = Provinces.All.Sum(p => p.Population2019);
        var empty = new Dictionary<string, long>();
        return new CategoryBook([.. EmbeddedCsv.Read("religions.csv").Select(r => new ProvinceShares.Category(
            r[0], population * EmbeddedCsv.Long(r[1]) / 10_000, Codes(r), empty))]);
    }

    private static string[] Codes(string[] row) => row.Length > 2 ? row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
}
