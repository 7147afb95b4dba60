using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>
/// Spreads national counts of categories (ethnic groups, religions) over the 63 provinces: counts the facts give per
/// province first, the rest over the category's listed provinces in proportion to population × the listed share
/// (<c>code:percent</c>; a code alone weighs its population; everywhere when none is listed); the first category
/// takes what remains. National totals therefore hold, and a category is found where the sources place it.
/// </summary>
internal static class ProvinceShares
{
    public sealed record Category(string Name, long NationalCount, IReadOnlyList<string> Listing, IReadOnlyDictionary<string, long> KnownCounts);

    /// <returns>One table of counts per province, in the order of <see cref="Provinces.All"/>, over the categories.</returns>
    public static long[][] Counts(IReadOnlyList<Category> categories)
    {
        var provinces = Provinces.All;
        var counts = new long[provinces.Count][];
        for (var p = 0; p < provinces.Count; p++)
        {
            counts[p] = new long[categories.Count];
        }

        for (var c = 1; c < categories.Count; c++)
        {
            var category = categories[c];
            var weights = Weights(category);
            var rest = Math.Max(0, category.NationalCount - category.KnownCounts.Values.Sum());
            var total = weights.Values.Sum();
            for (var p = 0; p < provinces.Count; p++)
            {
                var code = provinces[p].Code;
                counts[p][c] = category.KnownCounts.TryGetValue(code, out var known) ? known
                    : weights.TryGetValue(code, out var weight) && total > 0 ? (long)((Int128)rest * (long)weight / (long)total) : 0;
            }
        }

        for (var p = 0; p < provinces.Count; p++)
        {
            counts[p][0] = Math.Max(0, provinces[p].Population2019 - counts[p].Skip(1).Sum());
        }

        return counts;
    }

    public static AliasTable[] Build(IReadOnlyList<Category> categories) => [.. Counts(categories).Select(c => new AliasTable(c))];

    // Population × share in hundredths of a percent, for the provinces without a known count.
    private static Dictionary<string, decimal> Weights(Category category)
    {
        var listing = category.Listing.Count > 0 ? category.Listing : [.. Provinces.All.Select(p => p.Code)];
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in listing)
        {
            var parts = entry.Split(':');
            if (category.KnownCounts.ContainsKey(parts[0]) || Provinces.Find(parts[0]) is not { } province)
            {
                continue;
            }

            var share = parts.Length > 1 ? decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1m;
            weights[parts[0]] = Math.Round(province.Population2019 * share * 100m);
        }

        return weights;
    }
}
