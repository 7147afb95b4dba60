namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// What still stands between a round and a publication nobody has to take back: sheets judges have not submitted,
/// ties at a line the head has not ordered, conflicts of interest found after scoring that no organiser has decided,
/// and (for a round that adds the vote bonus) quarantines of votes still in force. Ties block a publication (the
/// ranking across the line is not defined); the rest may be published over, once the organiser types the round's
/// name (<see cref="PublicationConfirmation"/>).
/// </summary>
public sealed record PublicationReadiness(
    IReadOnlyList<PublicationReadiness.JudgeSheets> MissingSheets,
    IReadOnlyList<IReadOnlyList<int>> OpenTies,
    IReadOnlyList<PublicationReadiness.PendingConflict> PendingConflicts,
    int QuarantinesInForce,
    int QuarantinedVotes)
{
    /// <summary>A judge's sheets in the round: the entries they have, and how many of those they submitted.</summary>
    public sealed record JudgeSheets(string JudgeId, string JudgeName, int Submitted, int Assigned)
    {
        public int Missing => Assigned - Submitted;
    }

    /// <summary>A conflict found after the judge scored the team, waiting for an organiser's decision.</summary>
    public sealed record PendingConflict(string JudgeId, string JudgeName, int TeamId, string Reason);

    public int SheetsMissing => MissingSheets.Sum(m => m.Missing);

    public bool IsComplete => MissingSheets.Count == 0 && OpenTies.Count == 0 && PendingConflicts.Count == 0 && QuarantinesInForce == 0;

    /// <summary>Whether publishing now needs the round's name typed: something is missing that the organiser may publish over.</summary>
    public bool NeedsTypedConfirmation => MissingSheets.Count > 0 || PendingConflicts.Count > 0 || QuarantinesInForce > 0;
}
