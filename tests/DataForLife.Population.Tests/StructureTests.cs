using DataForLife.Population.Detection;

namespace DataForLife.Population.Tests;

public sealed class StructureTests(CleanPopulation population) : IClassFixture<CleanPopulation>
{
    [Fact]
    public void No_single_record_rule_flags_a_clean_record()
    {
        var rules = new[] { AnomalyClass.InvalidNumber, AnomalyClass.ImpossibleDate, AnomalyClass.NumberSexMismatch, AnomalyClass.NumberBirthYearMismatch,
            AnomalyClass.NumberProvinceMismatch, AnomalyClass.InconsistentFamilyLink, AnomalyClass.SharedNumber, AnomalyClass.DuplicateRecord };

        Assert.Equal(CleanPopulation.Count, population.Records.Count);
        Assert.All(population.Findings.Where(r => rules.Contains(r.Class)), rule => Assert.True(rule.Findings.Count == 0,
            $"{rule.Rule} flags {rule.Findings.Count} clean records, e.g. {(rule.Findings.Count > 0 ? rule.Findings[0] : null)}"));
    }

    [Fact]
    public void Every_number_agrees_with_its_birth_registration_place_sex_and_birth_year()
    {
        var places = new RegistrationPlaces();

        Assert.All(population.Records, record =>
        {
            Assert.Empty(IdentityNumber.Check(record.Number, record.Sex == "Nam" ? Sex.Male : Sex.Female, Shares.RecordDate(record.BirthDate)));
            Assert.Contains(record.Number[..3], places.CodesFor(record.BirthRegistration)!);
        });
    }

    [Fact]
    public void Numbers_are_unique_in_a_clean_run()
    {
        Assert.Equal(population.Records.Count, population.Records.Select(r => r.Number).Distinct().Count());
    }

    [Fact]
    public void Links_point_to_records_of_the_file_or_to_relatives_living_elsewhere_with_numbers_of_their_own()
    {
        var numbers = population.Records.Select(r => r.Number).ToHashSet();
        var links = population.Records.SelectMany(r => new[] { r.FatherNumber, r.MotherNumber, r.SpouseNumber }).Where(n => n.Length > 0).ToList();
        var elsewhere = links.Where(n => !numbers.Contains(n)).ToList();

        Assert.All(population.Records.Where(r => r.HeadNumber.Length > 0), r => Assert.Contains(r.HeadNumber, numbers));
        Assert.All(elsewhere, n => Assert.True(IdentityNumber.TryParse(n, out var parsed) && parsed.HasKnownRegistrationCode, n));
        Assert.InRange(100.0 * elsewhere.Count / links.Count, 10, 60);
        Assert.InRange(Shares.Percent(population.Records, r => r.MotherNumber.Length > 0), 30, 70);
        Assert.InRange(Shares.Percent(population.Records, r => r.SpouseNumber.Length > 0), 30, 65);
    }

    [Fact]
    public void Every_mother_in_the_file_was_15_to_49_and_every_father_at_least_15_at_the_birth()
    {
        var byNumber = population.Records.ToDictionary(r => r.Number);

        Assert.All(population.Records.Where(r => r.MotherNumber.Length > 0 || r.FatherNumber.Length > 0), child =>
        {
            var born = Shares.RecordDate(child.BirthDate);
            if (byNumber.TryGetValue(child.MotherNumber, out var mother))
            {
                Assert.InRange(Generation.Ages.Between(Shares.RecordDate(mother.BirthDate), born), 15, 49);
            }

            if (byNumber.TryGetValue(child.FatherNumber, out var father))
            {
                Assert.InRange(Generation.Ages.Between(Shares.RecordDate(father.BirthDate), born), 15, 70);
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
    public void Names_have_two_to_five_words_with_thi_only_for_women_and_van_only_for_men()
    {
        Assert.All(population.Records, r =>
        {
            var words = r.FullName.Split(' ');
            Assert.InRange(words.Length, 2, 5);
            Assert.DoesNotContain(r.Sex == "Nam" ? "Thị" : "Văn", words[..^1]);
        });
    }

    [Fact]
    public void Each_record_names_its_places_in_one_era_the_old_provinces_or_the_2025_units()
    {
        // Names only one era uses: "Tỉnh Bình Dương" is old only, "Tỉnh Vĩnh Long" names an old province and a 2025 unit.
        var newNames = Provinces.All.Select(p => p.Successor2025).Except(Provinces.All.Select(p => p.OfficialName)).ToHashSet();
        var oldNames = Provinces.All.Select(p => p.OfficialName).Except(Provinces.All.Select(p => p.Successor2025)).ToHashSet();

        Assert.All(population.Records.Where(r => r.Number[0] == '0'), r =>
        {
            var places = new[] { Shares.LastPart(r.BirthRegistration), r.Hometown }.Concat(r.Residence.Length > 0 ? [Shares.LastPart(r.Residence)] : []).ToList();
            Assert.False(places.Any(newNames.Contains) && places.Any(oldNames.Contains), string.Join(" / ", places));
        });
    }

    [Fact]
    public void Record_count_is_exact_even_when_the_last_household_is_cut_short()
    {
        foreach (var count in new[] { 1, 7, 3_333 })
        {
            using var file = new GeneratedFile(new GenerationOptions(count, 99, Threads: 2));

            Assert.Equal(count, file.Records.Count);
            Assert.Equal(count, file.Records.Select(r => r.Number).Distinct().Count());
        }
    }
}
