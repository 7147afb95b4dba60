namespace DataForLife.Population.Scoring;

/// <summary>
/// Per-class and overall (micro-averaged over the positive classes) precision, recall and F1; the same by kind (error,
/// fraud) and by tier (easy, medium, hard), where a prediction counts for the kind and tier of the class it names; and
/// how many records that carry only benign noise were flagged.
/// </summary>
public sealed record ScoreReport(IReadOnlyList<ClassScore> Classes, ClassScore Overall, int NoiseRecords, int NoiseRecordsFlagged)
{
    public IReadOnlyList<ClassScore> Kinds { get; init; } = [];

    public IReadOnlyList<ClassScore> Tiers { get; init; } = [];
}
