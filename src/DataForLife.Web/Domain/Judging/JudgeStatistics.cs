namespace DataForLife.Web.Domain.Judging;

/// <summary>How a judge scored across the round: what calibration corrects for.</summary>
public sealed record JudgeStatistics(string JudgeId, string Panel, int Sheets, double Mean, double StandardDeviation);
