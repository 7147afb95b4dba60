using DataForLife.Population.Detection;

namespace DataForLife.Population.Tests;

public sealed class StructureTests(CleanPopulation population) : IClassFixture<CleanPopulation>
{
    [Fact]
    public void Every_record_of_a_clean_run_passes_every_structural_rule()
    {
        Assert.Equal(CleanPopulation.Count, population.Records.Count);
        Assert.All(population.Findings, rule => Assert.True(rule.Findings.Count == 0,
            $"{rule.Rule} flags {rule.Findings.Count} clean records, e.g. {(rule.Findings.Count > 0 ? rule.Findings[0] : null)}"));
    }

    [Fact]
    public void Every_number_agrees_with_its_birth_registration_province_sex_and_birth_year()
    {
        Assert.All(population.Records, record =>
        {
            Assert.Empty(IdentityNumber.Check(record.Number, record.Sex == "Nam" ? Sex.Male : Sex.Female, Shares.RecordDate(record.BirthDate)));
            Assert.EndsWith(Provinces.Find(record.Number[..3])!.OfficialName, record.BirthRegistration, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Numbers_are_unique_in_a_clean_run()
    {
        Assert.Equal(population.Records.Count, population.Records.Select(r => r.Number).Distinct().Count());
    }

    [Fact]
    public void Parents_spouses_and_heads_refer_to_records_of_the_same_file()
    {
        var numbers = population.Records.Select(r => r.Number).ToHashSet();
        var links = population.Records.SelectMany(r => new[] { r.FatherNumber, r.MotherNumber, r.SpouseNumber, r.HeadNumber }).Where(n => n.Length > 0).ToList();

        Assert.All(links, number => Assert.Contains(number, numbers));
        Assert.InRange(Shares.Percent(population.Records, r => r.MotherNumber.Length > 0), 30, 60);
        Assert.InRange(Shares.Percent(population.Records, r => r.SpouseNumber.Length > 0), 35, 65);
    }

    [Fact]
    public void Every_mother_was_15_to_49_and_every_father_at_least_15_at_the_birth()
    {
        var byNumber = population.Records.ToDictionary(r => r.Number);

        Assert.All(population.Records.Where(r => r.MotherNumber.Length > 0 || r.FatherNumber.Length > 0), child =>
        {
            var born = Shares.RecordDate(child.BirthDate);
            if (child.MotherNumber.Length > 0)
            {
                Assert.InRange(Generation.Ages.Between(Shares.RecordDate(byNumber[child.MotherNumber].BirthDate), born), 15, 49);
            }

            if (child.FatherNumber.Length > 0)
            {
                Assert.InRange(Generation.Ages.Between(Shares.RecordDate(byNumber[child.FatherNumber].BirthDate), born), 15, 70);
            }
        });
    }

    [Fact]
    public void Nobody_is_married_below_the_legal_age_of_18_for_women_and_20_for_men()
    {
        Assert.All(population.Records.Where(r => r.MaritalStatus != "Chưa kết hôn"),
            r => Assert.True(Shares.Age(r) >= (r.Sex == "Nữ" ? 18 : 20), $"{r.FullName}, {r.MaritalStatus}, born {r.BirthDate}"));
    }

    [Fact]
    public void Names_follow_family_middle_given_order_with_thi_only_for_women_and_van_only_for_men()
    {
        Assert.All(population.Records, r =>
        {
            var words = r.FullName.Split(' ');
            Assert.InRange(words.Length, 2, 4);
            Assert.DoesNotContain(r.Sex == "Nam" ? "Thị" : "Văn", words[1..^1]);
        });
    }

    [Fact]
    public void Addresses_name_a_2025_province_and_registration_places_a_pre_2025_one()
    {
        var successors = Provinces.All.Select(p => p.Successor2025).ToHashSet();
        var officials = Provinces.All.Select(p => p.OfficialName).ToHashSet();

        Assert.All(population.Records.Where(r => r.Residence.Length > 0), r => Assert.Contains(Shares.LastPart(r.Residence), successors));
        Assert.All(population.Records, r => Assert.Contains(Shares.LastPart(r.BirthRegistration), officials));
    }

    [Fact]
    public void Record_count_is_exact_even_when_the_last_household_is_cut_short()
    {
        foreach (var count in new[] { 1, 7, 3_333 })
        {
            using var file = new GeneratedFile(new GenerationOptions(count, 99, Threads: 2));

            Assert.Equal(count, file.Records.Count);
            Assert.All(BaselineDetector.Run(file.Records), rule => Assert.Empty(rule.Findings));
        }
    }
}
