namespace DataForLife.Population.Tests;

/// <summary>The realism traps of the facts (§2.5, §3.2, §5.2) occur in clean data and the detector leaves them alone.</summary>
public sealed class TrapTests(CleanPopulation population) : IClassFixture<CleanPopulation>
{
    private static readonly Dictionary<string, string> SuccessorOf = Provinces.All.ToDictionary(p => p.OfficialName, p => p.Successor2025);

    [Fact]
    public void People_registered_at_birth_in_another_province_than_their_residence_are_common_and_not_flagged()
    {
        var migrants = population.Records.Where(r => r.Residence.Length > 0
            && SuccessorOf[Shares.LastPart(r.BirthRegistration)] != Shares.LastPart(r.Residence)).ToList();

        Assert.InRange(100.0 * migrants.Count / population.Records.Count, 8, 30);
        AssertNoneFlagged(migrants);
    }

    [Fact]
    public void Old_province_codes_under_2025_addresses_occur_and_are_not_flagged()
    {
        var oldCodes = population.Records.Where(r => r.Number[..3] is "074" or "077" && r.Residence.EndsWith("Thành phố Hồ Chí Minh", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(oldCodes);
        AssertNoneFlagged(oldCodes);
    }

    [Fact]
    public void Wives_keep_their_own_family_name_and_are_not_flagged()
    {
        var byNumber = population.Records.ToDictionary(r => r.Number);
        var wives = population.Records.Where(r => r.Sex == "Nữ" && r.SpouseNumber.Length > 0
            && Shares.FamilyName(byNumber[r.SpouseNumber]) != Shares.FamilyName(r)).ToList();

        Assert.InRange(100.0 * wives.Count / population.Records.Count(r => r.Sex == "Nữ" && r.SpouseNumber.Length > 0), 40, 90);
        AssertNoneFlagged(wives);
    }

    [Fact]
    public void The_deceased_keep_a_record_without_residence_and_are_not_flagged()
    {
        var deceased = population.Records.Where(r => r.DeathDate.Length > 0).ToList();

        Assert.NotEmpty(deceased);
        Assert.All(deceased, r => Assert.Equal("", r.Residence));
        AssertNoneFlagged(deceased);
    }

    [Fact]
    public void Hometown_differs_from_birth_registration_for_some_people_without_a_flag()
    {
        var elsewhere = population.Records.Where(r => r.Hometown != Shares.LastPart(r.BirthRegistration)).ToList();

        Assert.NotEmpty(elsewhere);
        AssertNoneFlagged(elsewhere);
    }

    private void AssertNoneFlagged(IEnumerable<Detection.PopulationRecord> records)
    {
        var flagged = population.Findings.SelectMany(f => f.Findings).Select(f => f.RecordId).ToHashSet();
        Assert.DoesNotContain(records, r => flagged.Contains(r.RecordId));
    }
}
