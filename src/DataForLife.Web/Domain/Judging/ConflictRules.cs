namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// When a conflict of interest keeps a judge away from a team. A conflict the judge declared always applies. One the
/// platform detects (the judge's organisation or e-mail domain is a member's) applies at once while the judge has not
/// scored the team; found after a sheet exists, it discards nothing by itself: the sheets count until an organiser
/// upholds it (an audited decision), or keep counting if the organiser dismisses it.
/// </summary>
public static class ConflictRules
{
    public static ConflictState StateOf(bool declared, ConflictDecision? decision, bool scored) =>
        declared ? ConflictState.Applies
        : decision is not null ? (decision.Upheld ? ConflictState.Applies : ConflictState.Dismissed)
        : scored ? ConflictState.Pending
        : ConflictState.Applies;
}
