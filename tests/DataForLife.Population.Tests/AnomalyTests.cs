namespace DataForLife.Population.Tests;

/// <summary>The organisers' file as a benchmark: labelled by class, kind and tier, not solved by simple rules, separated by a better detector.</summary>
public sealed class AnomalyTests(OrganisersFile organisers) : IClassFixture<OrganisersFile>
{
    [Fact]
    public void The_baseline_scores_an_overall_F1_between_0_4_and_0_7_on_the_organisers_file()
    {
        var report = organisers.Score(organisers.Baseline);

        Assert.InRange(report.Overall.F1, 0.4, 0.7);
    }

    [Fact]
    public void The_linkage_reference_scores_clearly_higher_than_the_baseline_and_still_leaves_room_at_the_top()
    {
        var baseline = organisers.Score(organisers.Baseline);
        var linkage = organisers.Score(organisers.Linkage);

        Assert.True(linkage.Overall.F1 >= baseline.Overall.F1 + 0.15, $"linkage {linkage.Overall.F1:F3}, baseline {baseline.Overall.F1:F3}");
        Assert.True(linkage.Tiers.Single(t => t.Class == "tier hard").F1 < 0.95, "the hard tier is not solved by the reference");
    }

    [Fact]
    public void The_baseline_finds_every_easy_anomaly_and_raises_no_false_alarm_on_them()
    {
        var easy = organisers.Score(organisers.Baseline).Tiers.Single(t => t.Class == "tier easy");

        Assert.True(easy.TruePositives > 0);
        Assert.Equal((0, 0), (easy.FalsePositives, easy.FalseNegatives));
    }

    [Fact]
    public void The_baseline_raises_false_alarms_on_the_medium_tier_and_misses_most_of_the_hard_tier()
    {
        var report = organisers.Score(organisers.Baseline);
        var medium = report.Tiers.Single(t => t.Class == "tier medium");
        var hard = report.Tiers.Single(t => t.Class == "tier hard");

        Assert.True(medium.FalsePositives > medium.TruePositives / 4, $"{medium.FalsePositives} false alarms for {medium.TruePositives} finds");
        Assert.True(hard.Recall < 0.5, $"hard recall {hard.Recall:F3}");
    }

    [Fact]
    public void Every_positive_class_and_every_kind_of_noise_is_labelled_with_its_kind_and_tier()
    {
        var lines = organisers.File.LabelLines;

        Assert.All(AnomalyClasses.All, c => Assert.Contains(lines, l => l[1] == c.Name()));
        Assert.All(lines, l =>
        {
            Assert.True(AnomalyClasses.TryParse(l[1], out var c));
            Assert.Equal(AnomalyClasses.KindName(c.Kind()), l[2]);
            Assert.Equal(AnomalyClasses.TierName(c.Tier()), l[3]);
        });
        Assert.Contains(lines, l => l[2] == "fraud");
        Assert.Contains(lines, l => l[2] == "error");
        Assert.All(new[] { "easy", "medium", "hard" }, tier => Assert.Contains(lines, l => l[3] == tier && l[2] != "noise"));
    }

    [Fact]
    public void The_positive_share_of_records_is_near_the_default_rate_and_benign_noise_is_common()
    {
        var records = organisers.File.Records.Count;
        var positive = organisers.File.Labels.Where(l => !l.IsNoise).Select(l => l.RecordId).Distinct().Count();
        var noise = organisers.File.Labels.Where(l => l.IsNoise).Select(l => l.RecordId).Distinct().Count();

        Assert.InRange(100.0 * positive / records, 3.5, 6.5);
        Assert.InRange(100.0 * noise / records, 1.5, 3.5);
        Assert.Equal(organisers.File.Labels.Select(l => l.RecordId).Distinct().Count(), organisers.File.Summary.LabelledRecords);
    }

    [Fact]
    public void Pairs_and_farms_share_a_group_id_and_single_record_incidents_stand_alone()
    {
        var groups = organisers.File.Labels.GroupBy(l => (l.Class, l.GroupId)).ToList();

        Assert.All(groups.Where(g => g.Key.Class is "duplicate_record" or "shared_number" or "one_person_two_numbers" or "identity_trading"), g => Assert.Equal(2, g.Count()));
        Assert.All(groups.Where(g => g.Key.Class == "address_farm"), g => Assert.InRange(g.Count(), 5, 7));
        Assert.All(groups.Where(g => g.Key.Class is "number_sex_mismatch" or "invalid_number" or "impossible_date" or "ghost" or "synthetic_identity"), g => Assert.Single(g));
    }
}
