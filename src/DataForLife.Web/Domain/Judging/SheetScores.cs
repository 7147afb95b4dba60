namespace DataForLife.Web.Domain.Judging;

/// <summary>One judge's submitted scores for one entry, criterion code to score.</summary>
public sealed record SheetScores(string JudgeId, int EntryId, IReadOnlyDictionary<string, double> Scores);
