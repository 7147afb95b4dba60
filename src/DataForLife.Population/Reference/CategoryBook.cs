using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>
/// Ethnic groups (§3.5) or religions (§3.6): their names and, for each province, a sampler over them. Religions may
/// also be drawn by ethnic group (Data/religion-by-ethnicity.csv): Khmer Theravada Buddhism, Chăm Brahmanism and
/// Islam, the Protestant and Catholic highland groups.
/// </summary>
internal sealed class CategoryBook
{
    private readonly AliasTable[] _byProvince;
    private readonly AliasTable?[] _byEthnicity;

    private CategoryBook(IReadOnlyList<ProvinceShares.Category> categories, AliasTable?[]? byEthnicity = null)
    {
        Names = [.. categories.Select(c => new EncodedText(c.Name))];
        _byProvince = ProvinceShares.Build(categories);
        _byEthnicity = byEthnicity ?? [];
    }

    public IReadOnlyList<EncodedText> Names { get; }

    public int Draw(RandomStream random, Place residence) => _byProvince[residence.Index].Sample(random);

    /// <summary>A religion for someone of this ethnic group living in this province.</summary>
    public int Draw(RandomStream random, Place residence, int ethnicity) =>
        ethnicity < _byEthnicity.Length && _byEthnicity[ethnicity] is { } table ? table.Sample(random) : Draw(random, residence);

    public int IndexOf(string name) => Names.Select(n => n.Value).ToList().IndexOf(name);

    public static CategoryBook Ethnicities()
    {
        var known = EmbeddedCsv.Read("ethnic-known-counts.csv")
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(r => r[1], r => EmbeddedCsv.Long(r[2]), StringComparer.Ordinal), StringComparer.Ordinal);
        var empty = new Dictionary<string, long>();
        return new CategoryBook([.. EmbeddedCsv.Read("ethnic-groups.csv").Select(r => new ProvinceShares.Category(
            r[0], EmbeddedCsv.Long(r[1]), Codes(r), known.GetValueOrDefault(r[0]) ?? empty))]);
    }

    public static CategoryBook Religions(CategoryBook ethnicities)
    {
        var population = Provinces.All.Sum(p => p.Population2019);
        var empty = new Dictionary<string, long>();
        var categories = EmbeddedCsv.Read("religions.csv").Select(r => new ProvinceShares.Category(
            r[0], population * EmbeddedCsv.Long(r[1]) / 10_000, Codes(r), empty)).ToList();
        var names = categories.Select(c => c.Name).ToList();
        var byEthnicity = new AliasTable?[ethnicities.Names.Count];
        foreach (var group in EmbeddedCsv.Read("religion-by-ethnicity.csv").GroupBy(r => r[0], StringComparer.Ordinal))
        {
            var weights = new long[names.Count];
            foreach (var row in group)
            {
                weights[names.IndexOf(row[1])] = EmbeddedCsv.Long(row[2]);
            }

            weights[0] = Math.Max(0, 10_000 - weights.Skip(1).Sum());
            byEthnicity[ethnicities.IndexOf(group.Key)] = new AliasTable(weights);
        }

        return new CategoryBook(categories, byEthnicity);
    }

    private static string[] Codes(string[] row) => row.Length > 2 ? row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
}
