using System.Text.Json;

namespace DataForLife.Web.Domain.Judging;

/// <summary>One judge's scores for one entry in one round: kept as a draft, then submitted; editable until the round closes.</summary>
public sealed class ScoreSheet
{
    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public string RoundCode { get; private set; } = string.Empty;
    public int TeamId { get; private set; }
    public string JudgeUserId { get; private set; } = string.Empty;

    /// <summary>Criterion code to score, as JSON.</summary>
    public string ScoresJson { get; private set; } = "{}";

    public string Notes { get; private set; } = string.Empty;
    public SheetStatus Status { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyDictionary<string, double> Scores => JsonSerializer.Deserialize<Dictionary<string, double>>(ScoresJson) ?? [];

    public static ScoreSheet Open(string editionId, string roundCode, int teamId, string judgeUserId) =>
        new() { EditionId = editionId, RoundCode = roundCode, TeamId = teamId, JudgeUserId = judgeUserId };

    public void Record(IReadOnlyDictionary<string, double> scores, string notes, bool submit, DateTime nowUtc)
    {
        ScoresJson = JsonSerializer.Serialize(scores.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
        Notes = notes;
        Status = submit ? SheetStatus.Submitted : Status;
        SubmittedAtUtc = submit ? nowUtc : SubmittedAtUtc;
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
