namespace DataForLife.Population.Scoring;

/// <summary>
/// Compares predictions with labels by (record id, class). Noise classes are not positives: noise labels are not
/// counted, noise predictions are ignored, and a prediction on a record whose only labels are noise is a false
/// positive (and is counted apart, as a false alarm on benign noise). Unknown class names are false positives.
/// </summary>
public static class Scorer
{
    public static ScoreReport Score(IReadOnlyList<LabelRow> labels, IReadOnlyList<LabelRow> predictions)
    {
        var truth = labels.Where(l => !l.IsNoise).Select(l => (l.RecordId, l.Class)).ToHashSet();
        var predicted = predictions.Where(p => !p.IsNoise).Select(p => (p.RecordId, p.Class)).ToHashSet();
        var classes = truth.Select(t => t.Class).Concat(predicted.Select(p => p.Class)).Distinct(StringComparer.Ordinal)
            .OrderBy(c => AnomalyClasses.TryParse(c, out var known) ? (int)known : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var scores = classes.Select(c => Count(c, truth, predicted, c)).ToList();
        var overall = Sum("overall", scores);
        var fraudRecords = truth.Select(t => t.RecordId).ToHashSet();
        var noiseOnly = labels.Where(l => l.IsNoise && !fraudRecords.Contains(l.RecordId)).Select(l => l.RecordId).ToHashSet();
        var flagged = predicted.Select(p => p.RecordId).Where(noiseOnly.Contains).Distinct().Count();
        return new ScoreReport(scores, overall, noiseOnly.Count, flagged)
        {
            Kinds = [.. new[] { AnomalyKind.Error, AnomalyKind.Fraud }.Select(kind =>
                Sum("kind " + AnomalyClasses.KindName(kind), scores.Where(s => AnomalyClasses.TryParse(s.Class, out var c) && c.Kind() == kind)))],
            Tiers = [.. Enum.GetValues<AnomalyTier>().Select(tier =>
                Sum("tier " + AnomalyClasses.TierName(tier), scores.Where(s => AnomalyClasses.TryParse(s.Class, out var c) && c.Tier() == tier)))],
        };
    }

    private static ClassScore Count(string name, HashSet<(long RecordId, string Class)> truth, HashSet<(long RecordId, string Class)> predicted, string c) =>
        new(name, predicted.Count(p => p.Class == c && truth.Contains(p)), predicted.Count(p => p.Class == c && !truth.Contains(p)),
            truth.Count(t => t.Class == c && !predicted.Contains(t)));

    private static ClassScore Sum(string name, IEnumerable<ClassScore> scores)
    {
        var list = scores.ToList();
        return new ClassScore(name, list.Sum(s => s.TruePositives), list.Sum(s => s.FalsePositives), list.Sum(s => s.FalseNegatives));
    }
}
