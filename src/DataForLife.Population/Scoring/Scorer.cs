namespace DataForLife.Population.Scoring;

/// <summary>
/// Compares predictions with labels by (record id, class). Noise classes are not fraud: noise labels are not
/// positives and noise predictions are ignored, while a fraud prediction on a record whose only labels are noise is
/// a false positive (and is counted apart, as a false alarm on benign noise).
/// </summary>
public static class Scorer
{
    public static ScoreReport Score(IReadOnlyList<LabelRow> labels, IReadOnlyList<LabelRow> predictions)
    {
        var truth = labels.Where(l => !l.IsNoise).Select(l => (l.RecordId, l.Class)).ToHashSet();
        var predicted = predictions.Where(p => !p.IsNoise).Select(p => (p.RecordId, p.Class)).ToHashSet();
        var classes = truth.Select(t => t.Class).Concat(predicted.Select(p => p.Class)).Distinct(StringComparer.Ordinal)
            .OrderBy(c => AnomalyClasses.TryParse(c, out var known) ? (int)known : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var scores = classes.Select(c => new ClassScore(c,
            predicted.Count(p => p.Class == c && truth.Contains(p)),
            predicted.Count(p => p.Class == c && !truth.Contains(p)),
            truth.Count(t => t.Class == c && !predicted.Contains(t)))).ToList();
        var overall = new ClassScore("overall", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives));
        var fraudRecords = truth.Select(t => t.RecordId).ToHashSet();
        var noiseOnly = labels.Where(l => l.IsNoise && !fraudRecords.Contains(l.RecordId)).Select(l => l.RecordId).ToHashSet();
        var flagged = predicted.Select(p => p.RecordId).Where(noiseOnly.Contains).Distinct().Count();
        return new ScoreReport(scores, overall, noiseOnly.Count, flagged);
    }
}
