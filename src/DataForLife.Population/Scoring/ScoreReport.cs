namespace DataForLife.Population.Scoring;

/// <summary>
/// Per-class and overall (micro-averaged over fraud classes) precision, recall and F1, plus how many records that
/// carry only benign noise were flagged as fraud.
/// </summary>
public sealed record ScoreReport(IReadOnlyList<ClassScore> Classes, ClassScore Overall, int NoiseRecords, int NoiseRecordsFlagged);
