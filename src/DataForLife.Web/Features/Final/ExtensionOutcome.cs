namespace DataForLife.Web.Features.Final;

/// <summary>What came of an organiser's extension of a team's hand-in deadline.</summary>
public enum ExtensionOutcome
{
    Extended,
    Removed,
    ReasonRequired,
    NotStarted,

    /// <summary>An extension must end after the mark; an earlier time would take time away.</summary>
    NotAfterMark,
}
