using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>The 63 provinces (§2.3) with the census sampler and the commune counts of their 2025 successors (§2.5).</summary>
internal sealed class PlaceBook
{
    public PlaceBook()
    {
        var communes = EmbeddedCsv.Read("successor-provinces.csv").ToDictionary(r => r[0], r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        All = [.. Provinces.All.Select((p, i) => new Place(i, p, communes[p.Successor2025Code], CommunesOf(p)))];
        ByCode = new Place?[100];
        foreach (var place in All)
        {
            ByCode[place.Code] = place;
        }

        Census = new AliasTable([.. Provinces.All.Select(p => p.Population2019)]);
    }

    public IReadOnlyList<Place> All { get; }

    /// <summary>Places by numeric code; null for the codes the circular leaves unused (003, 005, ...).</summary>
    public Place?[] ByCode { get; }

    /// <summary>Draws a province in proportion to its 2019 census population.</summary>
    public AliasTable Census { get; }

    public Place Draw(RandomStream random) => All[Census.Sample(random)];

    // Provinces the table does not cover yet keep numbered communes, the same in both eras.
    private static Commune[] CommunesOf(Province province) =>
        CommuneTable.ByProvinceCode.TryGetValue(province.Code, out var communes) ? communes
            : [.. Enumerable.Range(1, 38).Select(n => new Commune("Xã " + n, "Xã " + n))];
}
