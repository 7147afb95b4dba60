namespace DataForLife.Population.Tests;

public sealed class AnomalyTests(AnomalousPopulation population) : IClassFixture<AnomalousPopulation>
{
    public static TheoryData<AnomalyClass> FraudClasses => [.. AnomalyClasses.Fraud];

    [Theory]
    [MemberData(nameof(FraudClasses))]
    public void Each_anomaly_class_injected_is_found_by_its_rule(AnomalyClass anomaly)
    {
        var labelled = population.File.Labels.Where(l => l.Class == anomaly.Name()).Select(l => l.RecordId).ToHashSet();
        var found = population.Findings.Single(r => r.Class == anomaly).Findings.Select(f => f.RecordId).ToHashSet();

        Assert.NotEmpty(labelled);
        Assert.Subset(found, labelled);
    }

    [Fact]
    public void No_record_without_a_fraud_label_is_flagged_so_traps_and_benign_noise_pass()
    {
        var fraud = population.File.Labels.Where(l => !l.IsNoise).Select(l => (l.RecordId, l.Class)).ToHashSet();
        var predictions = population.Findings.SelectMany(r => r.Findings).Select(f => (f.RecordId, f.Class.Name())).ToList();

        Assert.All(predictions, p => Assert.Contains(p, fraud));
    }

    [Fact]
    public void Every_class_and_every_kind_of_benign_noise_is_labelled()
    {
        var classes = population.File.Labels.Select(l => l.Class).ToHashSet();

        Assert.All(AnomalyClasses.All, c => Assert.Contains(c.Name(), classes));
    }

    [Fact]
    public void The_labelled_share_of_records_is_near_the_requested_rate()
    {
        var labelled = population.File.Labels.Select(l => l.RecordId).Distinct().Count();

        Assert.InRange(100.0 * labelled / population.File.Records.Count, 7, 13);
        Assert.Equal(labelled, population.File.Summary.LabelledRecords);
    }

    [Fact]
    public void Pairs_and_farms_share_a_group_id()
    {
        var groups = population.File.Labels.GroupBy(l => (l.Class, l.GroupId)).ToList();

        Assert.All(groups.Where(g => g.Key.Class is "duplicate_record" or "shared_number" or "one_person_two_numbers"), g => Assert.Equal(2, g.Count()));
        Assert.All(groups.Where(g => g.Key.Class == "address_farm"), g => Assert.InRange(g.Count(), 5, 7));
        Assert.All(groups.Where(g => g.Key.Class is "number_sex_mismatch" or "invalid_number" or "impossible_date"), g => Assert.Single(g));
    }
}
