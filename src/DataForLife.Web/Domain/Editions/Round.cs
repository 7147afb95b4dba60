namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// A judging round. <see cref="Quota"/> is how many entries it selects (TOP 30, TOP 10, then the ranked prize winners);
/// <see cref="PhaseCode"/> names the window of the timeline in which it is scored.
/// </summary>
public sealed record Round(
    string Code,
    LocalizedText Name,
    LocalizedText DecidedBy,
    LocalizedText Outcome,
    string PhaseCode,
    int Quota,
    bool TakesVoteBonus)
{
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];

    /// <summary>Chosen before the round opens; frozen with the criteria.</summary>
    public Calibration Calibration { get; init; } = Calibration.Raw;

    /// <summary>How many council members review each dossier (round 1).</summary>
    public int ReviewersPerEntry { get; init; } = 3;

    /// <summary>Optional weights of the jury groups (academic, enterprise, media); none means every judge counts alike.</summary>
    public IReadOnlyDictionary<string, double> GroupWeights { get; init; } = new Dictionary<string, double>();
}
