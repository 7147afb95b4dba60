namespace DataForLife.Population.Tests;

/// <summary>
/// 100,000 records against the census tables of the facts, with the tolerances stated in docs/population.md.
/// </summary>
public sealed class DistributionTests(CleanPopulation population) : IClassFixture<CleanPopulation>
{
    [Theory]
    [InlineData("Nguyễn", "", 38.4, 1.0)]
    [InlineData("Trần", "", 12.1, 0.8)]
    [InlineData("Lê", "", 9.5, 0.8)]
    [InlineData("Phạm", "", 7.0, 0.6)]
    [InlineData("Hoàng", "Huỳnh", 5.1, 0.6)]
    [InlineData("Phan", "", 4.5, 0.6)]
    [InlineData("Vũ", "Võ", 3.9, 0.6)]
    [InlineData("Đặng", "", 2.1, 0.5)]
    [InlineData("Bùi", "", 2.0, 0.5)]
    public void Family_name_shares_match_the_national_estimate(string family, string variant, double census, double tolerance)
    {
        var share = Shares.Percent(population.Records, r => Shares.FamilyName(r) is var f && (f == family || f == variant));

        Assert.InRange(share, census - tolerance, census + tolerance);
    }

    [Fact]
    public void Sex_ratio_of_the_living_is_within_three_of_the_census_99_1_men_per_100_women()
    {
        var men = population.Living.Count(r => r.Sex == "Nam");
        var women = population.Living.Count(r => r.Sex == "Nữ");

        Assert.InRange(100.0 * men / women, 96.1, 102.1);
    }

    [Fact]
    public void Kinh_share_is_within_one_point_of_the_census_85_32_percent()
    {
        Assert.InRange(Shares.Percent(population.Records, r => r.Values[6] == "Kinh"), 84.32, 86.32);
    }

    [Fact]
    public void Birth_registration_provinces_follow_census_shares_within_four_standard_errors()
    {
        var byProvince = population.Records.GroupBy(r => Shares.LastPart(r.BirthRegistration)).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Provinces.All, province =>
        {
            var share = 100.0 * byProvince.GetValueOrDefault(province.OfficialName) / population.Records.Count;
            var tolerance = Shares.Tolerance(province.SharePercent, population.Records.Count);
            Assert.True(Math.Abs(share - province.SharePercent) <= tolerance,
                $"{province.OfficialName}: {share:F3}% against {province.SharePercent}% (tolerance {tolerance:F3})");
        });
    }

    [Fact]
    public void Residence_provinces_follow_census_shares_of_their_2025_units_within_four_standard_errors()
    {
        var residents = population.Records.Where(r => r.Residence.Length > 0).ToList();
        var byUnit = residents.GroupBy(r => Shares.LastPart(r.Residence)).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Provinces.All.GroupBy(p => p.Successor2025), unit =>
        {
            var expected = unit.Sum(p => p.SharePercent);
            var share = 100.0 * byUnit.GetValueOrDefault(unit.Key) / residents.Count;
            Assert.True(Math.Abs(share - expected) <= Shares.Tolerance(expected, residents.Count), $"{unit.Key}: {share:F3}% against {expected:F3}%");
        });
    }

    [Fact]
    public void Ages_of_the_living_follow_the_pyramid_within_one_and_a_half_points_per_decade()
    {
        double[] pyramid = [15.90, 13.97, 15.81, 16.64, 13.94, 11.41, 7.54, 2.85, 1.92];
        var living = population.Living;
        var bins = living.GroupBy(r => Math.Min(Shares.Age(r) / 10, 8)).ToDictionary(g => g.Key, g => 100.0 * g.Count() / living.Count);

        Assert.All(Enumerable.Range(0, 9), bin => Assert.InRange(bins[bin], pyramid[bin] - 1.5, pyramid[bin] + 1.5));
    }

    [Theory]
    [InlineData("Không", 86.3, 1.5)]
    [InlineData("Công giáo", 6.1, 1.0)]
    [InlineData("Phật giáo", 4.8, 1.0)]
    public void Religion_shares_follow_the_census(string religion, double census, double tolerance)
    {
        Assert.InRange(Shares.Percent(population.Records, r => r.Values[7] == religion), census - tolerance, census + tolerance);
    }

    [Fact]
    public void Blood_group_is_mostly_empty_and_follows_the_abo_shares_when_present()
    {
        var recorded = population.Records.Where(r => r.Values[9].Length > 0).ToList();

        Assert.InRange(100.0 * recorded.Count / population.Records.Count, 19, 21);
        Assert.InRange(Shares.Percent(recorded, r => r.Values[9].StartsWith('O')), 40, 44);
        Assert.InRange(Shares.Percent(recorded, r => r.Values[9].StartsWith("AB", StringComparison.Ordinal)), 5, 7);
    }
}
