using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>
/// Spreads national counts of categories (ethnic groups, religions) over the 63 provinces: counts the facts give per
/// province first, the rest over the category's listed provinces in proportion to their 2019 population (everywhere when
/// none is listed); the first category takes what remains. National totals therefore hold exactly, and a category is
/// found where the facts place it.
/// </summary>
internal static class ProvinceShares
{
    public sealed record Category(string Name, long NationalCount, IReadOnlyList<string> ProvinceCodes, IReadOnlyDictionary<string, long> KnownCounts);

    /// <returns>One alias table per province, in the order of <see cref="Provinces.All"/>, over the categories.</returns>
    public static AliasTable[] Build(IReadOnlyList<Category> categories)
    {
        var provinces = Provinces.All;
        var counts = new long[provinces.Count, categories.Count];
        for (var c = 1; c < categories.Count; c++)
        {
            var category = categories[c];
            var listed = category.ProvinceCodes.Count > 0 ? category.ProvinceCodes : provinces.Select(p => p.Code).ToList();
            var free = listed.Where(code => !category.KnownCounts.ContainsKey(code)).ToList();
            var rest = category.NationalCount - category.KnownCounts.Values.Sum();
            var freePopulation = free.Sum(code => Provinces.Find(code)!.Population2019);
            for (var p = 0; p < provinces.Count; p++)
            {
                var code = provinces[p].Code;
                counts[p, c] = category.KnownCounts.TryGetValue(code, out var known) ? known
                    : free.Contains(code) ? (long)((Int128)rest * provinces[p].Population2019 / freePopulation) : 0;
            }
        }

        var tables = new AliasTable[provinces.Count];
        for (var p = 0; p < provinces.Count; p++)
        {
            var weights = new long[categories.Count];
            long others = 0;
            for (var c = 1; c < categories.Count; c++)
            {
                weights[c] = counts[p, c];
                others += counts[p, c];
            }

            weights[0] = Math.Max(0, provinces[p].Population2019 - others);
            tables[p] = new AliasTable(weights);
        }

        return tables;
    }
}
