using System.Text.Json;
using DataForLife.Population.Scoring;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>A team's predictions for a data set and their scores against the kept labels; every submission is kept.</summary>
public sealed class PredictionSubmission
{
    public int Id { get; private set; }
    public int DataSetId { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public int TeamId { get; private set; }
    public string SubmittedByUserId { get; private set; } = string.Empty;
    public DateTime SubmittedAtUtc { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public string Sha256 { get; private set; } = string.Empty;

    /// <summary>The version of the labels it was scored against (<see cref="DataSet.LabelsVersion"/>).</summary>
    public string? LabelsVersion { get; private set; }
    public int Rows { get; private set; }
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public double Precision { get; private set; }
    public double Recall { get; private set; }
    public double F1 { get; private set; }
    public int NoiseRecords { get; private set; }
    public int NoiseRecordsFlagged { get; private set; }

    /// <summary>The per-class counts, as JSON: the rates follow from them.</summary>
    public string ClassesJson { get; private set; } = "[]";

    public IReadOnlyList<ClassScore> Classes => JsonSerializer.Deserialize<List<ClassScore>>(ClassesJson) ?? [];

    public ClassScore Overall => new("overall", TruePositives, FalsePositives, FalseNegatives);

    /// <summary>Whether it was scored against the data set's current labels (earlier files do not count).</summary>
    public bool IsFor(DataSet dataSet) => dataSet is not null && LabelsVersion == dataSet.LabelsVersion;

    public static PredictionSubmission Scored(DataSet dataSet, int teamId, string userId, string fileName, string sha256, int rows,
        ScoreReport report, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(report);
        return new PredictionSubmission
        {
            DataSetId = dataSet.Id,
            EditionId = dataSet.EditionId,
            TeamId = teamId,
            SubmittedByUserId = userId,
            SubmittedAtUtc = nowUtc,
            FileName = fileName,
            Sha256 = sha256,
            LabelsVersion = dataSet.LabelsVersion,
            Rows = rows,
            TruePositives = report.Overall.TruePositives,
            FalsePositives = report.Overall.FalsePositives,
            FalseNegatives = report.Overall.FalseNegatives,
            Precision = report.Overall.Precision,
            Recall = report.Overall.Recall,
            F1 = report.Overall.F1,
            NoiseRecords = report.NoiseRecords,
            NoiseRecordsFlagged = report.NoiseRecordsFlagged,
            ClassesJson = JsonSerializer.Serialize(report.Classes.Select(c => new { c.Class, c.TruePositives, c.FalsePositives, c.FalseNegatives })),
        };
    }
}
