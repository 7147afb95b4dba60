using DataForLife.Population.Generation;
using DataForLife.Population.Randomness;
using DataForLife.Population.Scoring;

namespace DataForLife.Population.Tests;

/// <summary>
/// Nothing but the data tells an anomaly from a clean record: not the open code with the published seed (or any
/// seed), not the serials, not where records sit in the file.
/// </summary>
public sealed class LeakTests(OrganisersFile organisers) : IClassFixture<OrganisersFile>
{
    [Theory]
    [InlineData(2023UL)]
    [InlineData(1UL)]
    public void The_open_code_with_a_seed_but_without_the_key_does_not_give_the_answer_key(ulong seed)
    {
        using var attempt = new GeneratedFile(organisers.File.Options with { Seed = seed, Key = null });

        var report = Scorer.Score(organisers.File.Labels, attempt.Labels);
        var sameRows = organisers.File.Records.Select(r => string.Join('|', r.Values)).Intersect(attempt.Records.Select(r => string.Join('|', r.Values))).Count();

        Assert.True(report.Overall.F1 < 0.05, $"F1 {report.Overall.F1:F3} from the regenerated labels");
        Assert.Equal(0, sameRows);
    }

    [Fact]
    public void Serials_are_given_in_file_order_within_each_slot_whoever_the_record_is()
    {
        // The worst case: someone who holds the key reads every serial back to its position.
        var seed = organisers.File.Options.EffectiveSeed;
        var labelled = organisers.File.Labels.Where(l => !l.IsNoise).Select(l => l.RecordId).ToHashSet();
        var owners = organisers.File.Records.GroupBy(r => r.Number).Where(g => g.Count() == 1).Select(g => g.Single())
            .Where(r => r.Number.Length == 12 && r.Number.All(char.IsAsciiDigit)).ToList();
        var ranks = new List<double>();
        foreach (var slot in owners.GroupBy(r => r.Number[..6]).Where(g => g.Count() > 1))
        {
            var code = int.Parse(slot.Key[..3], System.Globalization.CultureInfo.InvariantCulture);
            var id = (((code * 4) + (slot.Key[3] - '0')) * 100) + int.Parse(slot.Key[4..6], System.Globalization.CultureInfo.InvariantCulture);
            var permutation = new FeistelPermutation(Mix.Hash(seed, (ulong)id), IdentitySlots.Capacity);
            var positions = slot.OrderBy(r => r.RecordId).Select(r => (r.RecordId, Position: permutation.Invert(uint.Parse(r.Number[6..], System.Globalization.CultureInfo.InvariantCulture)))).ToList();

            Assert.Equal(positions.Select(p => p.Position).Order(), positions.Select(p => p.Position));
            Assert.All(positions, p => Assert.True(p.Position < 900_000));
            ranks.AddRange(positions.Select((p, i) => (Rank: (i + 0.5) / positions.Count, p.RecordId)).Where(p => labelled.Contains(p.RecordId)).Select(p => p.Rank));
        }

        Assert.True(ranks.Count > 50);
        Assert.InRange(ranks.Average(), 0.42, 0.58);
    }

    [Fact]
    public void The_records_of_one_incident_are_as_far_apart_as_random_rows()
    {
        var n = organisers.File.Records.Count;
        var groups = organisers.File.Labels.GroupBy(l => (l.Class, l.GroupId)).Where(g => g.Count() > 1).Select(g => g.Select(l => l.RecordId).ToList()).ToList();
        var distances = groups.SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => (double)Math.Abs(a - b)))).ToList();
        var tight = groups.Count(g => g.Max() - g.Min() <= 8);

        // Two random rows of n lie n/3 apart on average.
        Assert.True(distances.Count > 100);
        Assert.InRange(distances.Average() / n, 0.28, 0.39);
        Assert.True(tight <= groups.Count / 50, $"{tight} of {groups.Count} groups span 8 rows or fewer");
    }

    [Fact]
    public void Typing_slips_keep_the_capitals_where_a_clerk_types_them()
    {
        var slipped = organisers.File.Labels.Where(l => l.Class == "noise_typo").Select(l => l.RecordId).ToHashSet();
        var names = organisers.File.Records.Where(r => slipped.Contains(r.RecordId)).Select(r => r.FullName).ToList();

        Assert.NotEmpty(names);
        Assert.All(organisers.File.Records, r => Assert.All(r.FullName.Split(' '), word => Assert.True(char.IsUpper(word[0]), r.FullName)));
    }
}
