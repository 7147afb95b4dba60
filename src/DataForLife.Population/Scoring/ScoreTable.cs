using System.Globalization;

namespace DataForLife.Population.Scoring;

/// <summary>A score report as a plain-text table: one row per class, then the overall row and the noise line.</summary>
public static class ScoreTable
{
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{"class",-28} {"TP",6} {"FP",6} {"FN",6} {"precision",9} {"recall",9} {"F1",9}");
        foreach (var score in report.Classes.Concat(report.Kinds).Concat(report.Tiers).Append(report.Overall))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{score.Class,-28} {score.TruePositives,6} {score.FalsePositives,6} {score.FalseNegatives,6} {score.Precision,9:F3} {score.Recall,9:F3} {score.F1,9:F3}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Benign noise: {report.NoiseRecordsFlagged} of {report.NoiseRecords} noise-only records flagged as fraud."));
    }
}
