using DataForLife.Population.Scoring;

namespace DataForLife.Population.Tests;

public sealed class ScorerTests
{
    [Fact]
    public void Precision_recall_and_f1_compare_by_record_and_class()
    {
        LabelRow[] labels = [new(1, "duplicate_record", 1), new(2, "duplicate_record", 1), new(5, "invalid_number", 2)];
        LabelRow[] predictions = [new(1, "duplicate_record", 1), new(5, "duplicate_record", 2), new(9, "invalid_number", 3)];

        var report = Scorer.Score(labels, predictions);

        var duplicate = report.Classes.Single(c => c.Class == "duplicate_record");
        Assert.Equal((1, 1, 1), (duplicate.TruePositives, duplicate.FalsePositives, duplicate.FalseNegatives));
        Assert.Equal(0.5, duplicate.F1, 6);
        var invalid = report.Classes.Single(c => c.Class == "invalid_number");
        Assert.Equal((0, 1, 1), (invalid.TruePositives, invalid.FalsePositives, invalid.FalseNegatives));
        Assert.Equal((1, 2, 2), (report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives));
        Assert.Equal(1 / 3.0, report.Overall.Precision, 6);
    }

    [Fact]
    public void Benign_noise_is_not_fraud_and_flagging_it_is_a_false_positive()
    {
        LabelRow[] labels = [new(3, "noise_typo", 1), new(4, "noise_city_abbreviation", 2), new(7, "shared_number", 3)];
        LabelRow[] predictions = [new(3, "shared_number", 1), new(4, "noise_city_abbreviation", 2), new(7, "shared_number", 3)];

        var report = Scorer.Score(labels, predictions);

        Assert.DoesNotContain(report.Classes, c => c.Class.StartsWith("noise_", StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), (report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives));
        Assert.Equal((2, 1), (report.NoiseRecords, report.NoiseRecordsFlagged));
    }

    [Fact]
    public void Scores_are_also_summed_by_kind_and_by_tier_of_the_class_predicted()
    {
        LabelRow[] labels = [new(1, "invalid_number", 1), new(2, "ghost", 2), new(3, "shared_number", 3)];
        LabelRow[] predictions = [new(1, "invalid_number", 1), new(3, "ghost", 2)];

        var report = Scorer.Score(labels, predictions);

        var error = report.Kinds.Single(k => k.Class == "kind error");
        var fraud = report.Kinds.Single(k => k.Class == "kind fraud");
        var hard = report.Tiers.Single(t => t.Class == "tier hard");
        Assert.Equal((1, 0, 0), (error.TruePositives, error.FalsePositives, error.FalseNegatives));
        Assert.Equal((0, 1, 2), (fraud.TruePositives, fraud.FalsePositives, fraud.FalseNegatives));
        Assert.Equal((0, 1, 1), (hard.TruePositives, hard.FalsePositives, hard.FalseNegatives));
    }

    [Fact]
    public void Perfect_predictions_score_one()
    {
        LabelRow[] labels = [new(1, "address_farm", 1), new(2, "address_farm", 1)];

        Assert.Equal(1.0, Scorer.Score(labels, labels).Overall.F1);
    }
}
