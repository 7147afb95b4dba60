using DataForLife.Population.Scoring;
using DataForLife.Web.Domain.Catalogue;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>One submission's scores: overall (micro-averaged over the fraud classes) and per class.</summary>
public sealed record ScoreResponse(int Id, string Team, DateTimeOffset SubmittedAt, int Rows, double Precision, double Recall, double F1,
    int NoiseRecords, int NoiseRecordsFlagged, IReadOnlyList<ClassScore> Classes)
{
    public static ScoreResponse From(PredictionSubmission s, string teamCode)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, teamCode, new DateTimeOffset(s.SubmittedAtUtc, TimeSpan.Zero), s.Rows, s.Precision, s.Recall, s.F1, s.NoiseRecords, s.NoiseRecordsFlagged, s.Classes);
    }
}
