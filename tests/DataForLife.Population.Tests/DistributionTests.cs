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
    public void Family_name_shares_of_the_Kinh_match_the_national_estimate(string family, string variant, double census, double tolerance)
    {
        var kinh = population.Records.Where(r => r.Values[6] == "Kinh").ToList();
        var share = Shares.Percent(kinh, r => Shares.FamilyName(r) is var f && (f == family || f == variant));

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
    public void Sex_ratio_by_age_runs_from_about_110_boys_at_0_4_to_about_49_men_at_80_and_over()
    {
        double Ratio(int low, int high)
        {
            var group = population.Living.Where(r => Shares.Age(r) >= low && Shares.Age(r) <= high).ToList();
            return 100.0 * group.Count(r => r.Sex == "Nam") / group.Count(r => r.Sex == "Nữ");
        }

        Assert.InRange(Ratio(0, 4), 110.3 - 8, 110.3 + 8);
        Assert.InRange(Ratio(80, 130), 48.6 - 12, 48.6 + 12);
        Assert.InRange(Ratio(65, 130), 50, 85);
    }

    [Fact]
    public void Widows_outnumber_widowers_as_in_the_census()
    {
        var adults = population.Living.Where(r => Shares.Age(r) >= 15).ToList();
        var widows = Shares.Percent(adults.Where(r => r.Sex == "Nữ").ToList(), r => r.MaritalStatus == "Góa");
        var widowers = Shares.Percent(adults.Where(r => r.Sex == "Nam").ToList(), r => r.MaritalStatus == "Góa");

        Assert.InRange(widows, 8, 17);
        Assert.InRange(widowers, 1, 6);
    }

    [Fact]
    public void Kinh_share_is_within_one_point_of_the_census_85_32_percent()
    {
        Assert.InRange(Shares.Percent(population.Records, r => r.Values[6] == "Kinh"), 84.32, 86.32);
    }

    [Theory]
    [InlineData("Tỉnh Sơn La", "Thái", 53.6)]
    [InlineData("Tỉnh Hà Giang", "Mông", 34.2)]
    [InlineData("Tỉnh Trà Vinh", "Khơ-me", 31.0)]
    [InlineData("Tỉnh Lai Châu", "Thái", 32.3)]
    [InlineData("Tỉnh Cao Bằng", "Kinh", 5.1)]
    public void Ethnic_groups_follow_the_census_of_the_province_where_people_live(string province, string group, double census)
    {
        var residents = population.Records.Where(r => r.Residence.Length > 0 && Shares.LastPart(r.Residence) == province).ToList();
        var share = Shares.Percent(residents, r => r.Values[6] == group);

        Assert.True(residents.Count > 200, $"{residents.Count} residents of {province}");
        Assert.True(Math.Abs(share - census) <= Shares.Tolerance(census, residents.Count) + 2, $"{group} in {province}: {share:F1}% against {census}%");
    }

    [Theory]
    [InlineData("Khơ-me")]
    [InlineData("Mông")]
    [InlineData("Ê Đê")]
    public void Minorities_bear_their_own_family_names_not_the_Kinh_Nguyen(string group)
    {
        var people = population.Records.Where(r => r.Values[6] == group).ToList();

        Assert.True(people.Count > 100);
        Assert.True(Shares.Percent(people, r => r.FullName.Split(' ').Contains("Nguyễn")) < 5);
    }

    [Fact]
    public void Religion_follows_the_ethnic_group_Khmer_Buddhists_and_no_Catholic_Cham()
    {
        var khmer = population.Records.Where(r => r.Values[6] == "Khơ-me").ToList();
        var cham = population.Records.Where(r => r.Values[6] == "Chăm").ToList();

        Assert.True(Shares.Percent(khmer, r => r.Values[7] == "Phật giáo") > 75);
        Assert.True(cham.Count > 50);
        Assert.True(Shares.Percent(cham, r => r.Values[7] == "Công giáo") < 2);
        Assert.True(Shares.Percent(cham, r => r.Values[7] is "Bà-la-môn" or "Hồi giáo") > 40);
    }

    [Fact]
    public void Catholics_are_concentrated_where_the_sources_place_them_not_6_percent_everywhere()
    {
        double CatholicIn(params string[] units)
        {
            var residents = population.Records.Where(r => r.Residence.Length > 0 && units.Contains(Shares.Unit(Shares.LastPart(r.Residence)))).ToList();
            return Shares.Percent(residents, r => r.Values[7] == "Công giáo");
        }

        Assert.True(CatholicIn("Tỉnh Đồng Nai") > 12);
        Assert.True(CatholicIn("Tỉnh Ninh Bình") > 8);
        Assert.True(CatholicIn("Tỉnh Cao Bằng", "Tỉnh Lạng Sơn", "Tỉnh Điện Biên", "Tỉnh Lai Châu", "Tỉnh Sơn La") < 2.5);
    }

    [Fact]
    public void Men_born_before_1960_are_not_named_Huy_or_Tuan_at_modern_rates()
    {
        static bool Modern(Detection.PopulationRecord r) => r.FullName.EndsWith(" Huy", StringComparison.Ordinal) || r.FullName.EndsWith(" Tuấn", StringComparison.Ordinal);
        var older = population.Records.Where(r => r.Sex == "Nam" && r.Values[6] == "Kinh" && Shares.RecordDate(r.BirthDate).Year < 1960).ToList();
        var younger = population.Records.Where(r => r.Sex == "Nam" && r.Values[6] == "Kinh" && Shares.RecordDate(r.BirthDate).Year is >= 1990 and < 2005).ToList();

        Assert.True(Shares.Percent(older, Modern) < 2.5);
        Assert.True(Shares.Percent(younger, Modern) > 4);
    }

    [Fact]
    public void Birth_registration_provinces_follow_census_shares_within_four_standard_errors()
    {
        var byUnit = population.Records.Where(r => r.Number[0] == '0').GroupBy(r => r.Number[..3]).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Provinces.All, province =>
        {
            var share = 100.0 * byUnit.GetValueOrDefault(province.Code) / population.Records.Count;
            var tolerance = Shares.Tolerance(province.SharePercent, population.Records.Count);
            Assert.True(Math.Abs(share - province.SharePercent) <= tolerance,
                $"{province.OfficialName}: {share:F3}% against {province.SharePercent}% (tolerance {tolerance:F3})");
        });
    }

    [Fact]
    public void Residence_provinces_follow_census_shares_of_their_2025_units_within_four_standard_errors()
    {
        var residents = population.Records.Where(r => r.Residence.Length > 0).ToList();
        var byUnit = residents.GroupBy(r => Shares.Unit(Shares.LastPart(r.Residence))).ToDictionary(g => g.Key, g => g.Count());

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
    public void Nationality_is_Viet_Nam_for_everyone_as_foreign_residents_are_out_of_scope()
    {
        Assert.All(population.Records, r => Assert.Equal("Việt Nam", r.Nationality));
    }

    [Fact]
    public void About_half_the_records_name_places_by_the_2025_units_and_the_rest_by_the_old_provinces()
    {
        // Births in a province that the merger renamed: the registration place names the old province or its 2025 unit.
        var renamed = Provinces.All.Where(p => p.OfficialName != p.Successor2025).ToDictionary(p => p.Code);
        var records = population.Records.Where(r => renamed.ContainsKey(r.Number[..3])).ToList();

        var shareNew = Shares.Percent(records, r => Shares.LastPart(r.BirthRegistration) == renamed[r.Number[..3]].Successor2025);

        Assert.InRange(shareNew, 50, 60);
    }
}
