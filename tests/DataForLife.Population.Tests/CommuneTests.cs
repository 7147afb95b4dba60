using DataForLife.Population.Reference;

namespace DataForLife.Population.Tests;

/// <summary>
/// Addresses and birth registrations name real communes (the government's 2025 conversion table), in the record's
/// era: "Xã Cổ Loa, Huyện Đông Anh, Thành phố Hà Nội" before the reform, "Xã Đông Anh, Thành phố Hà Nội" after.
/// </summary>
public sealed class CommuneTests(CleanPopulation population) : IClassFixture<CleanPopulation>
{
    private static readonly HashSet<string> Written = Provinces.All
        .Where(p => CommuneTable.ByProvinceCode.ContainsKey(p.Code))
        .SelectMany(p => CommuneTable.ByProvinceCode[p.Code].SelectMany(c => new[]
        {
            c.Before.Value + ", " + p.OfficialName,
            c.After.Value + ", " + p.Successor2025,
        }))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Before = Provinces.All
        .Where(p => CommuneTable.ByProvinceCode.ContainsKey(p.Code))
        .SelectMany(p => CommuneTable.ByProvinceCode[p.Code].Select(c => c.Before.Value + ", " + p.OfficialName))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Covered = Provinces.All.Where(p => CommuneTable.ByProvinceCode.ContainsKey(p.Code))
        .SelectMany(p => new[] { p.OfficialName, p.Successor2025 }).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_province_of_the_table_has_at_least_eight_communes_each_with_its_district()
    {
        Assert.All(CommuneTable.ByProvinceCode, pair =>
        {
            Assert.True(pair.Value.Length >= 8, pair.Key);
            Assert.All(pair.Value, c => Assert.Contains(", ", c.Before.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Residences_and_birth_registrations_name_a_commune_of_their_province_in_the_record_s_era()
    {
        var places = population.Records.Where(r => r.Number[0] == '0')
            .SelectMany(r => r.Residence.Length > 0 ? new[] { r.BirthRegistration, r.Residence } : [r.BirthRegistration])
            .Where(p => !p.StartsWith("Cơ quan", StringComparison.Ordinal) && Covered.Contains(Shares.LastPart(p)))
            .ToList();

        Assert.True(places.Count > 20_000, $"{places.Count} places in provinces of the table");
        Assert.All(places, p => Assert.True(Written.Contains(Tail(p, 3)) || Written.Contains(Tail(p, 2)), p));
    }

    [Fact]
    public void Residents_of_a_province_are_spread_over_its_communes()
    {
        // Each commune of the sample holds between a third and three times its even share of a province's dwellings
        // written in the old era (where every commune of the table has a name of its own).
        var byProvince = population.Records.Where(r => r.Residence.Length > 0 && Before.Contains(Tail(r.Residence, 3)))
            .DistinctBy(r => r.Residence).GroupBy(r => Shares.LastPart(r.Residence));
        foreach (var province in byProvince.Where(g => g.Count() >= 300))
        {
            var communes = province.GroupBy(r => Tail(r.Residence, 3)).ToList();
            var even = (double)province.Count() / communes.Count;
            Assert.All(communes, c => Assert.InRange(c.Count(), even / 3, even * 3));
        }
    }

    private static string Tail(string place, int parts)
    {
        var start = place.Length;
        for (var i = 0; i < parts && start > 0; i++)
        {
            start = place.LastIndexOf(", ", start - 1, StringComparison.Ordinal);
        }

        return start < 0 ? place : place[(start + 2)..];
    }
}
