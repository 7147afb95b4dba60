using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Voting;

/// <summary>
/// When the public vote is open and when it has closed, said once for the API, the gallery and the publication of a
/// round that adds the vote bonus: open from its phase's start until its end, closed from its end on. An edition whose
/// timeline has no voting phase has a vote that is never open and never closes.
/// </summary>
public static class VotingWindow
{
    /// <summary>The edition's voting phase, or null when its timeline has none.</summary>
    public static Phase? Of(EditionDefinition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.FindPhase(edition.Voting.PhaseCode);
    }

    public static bool IsOpenAt(Phase? window, DateTimeOffset now) => window?.IsOpenAt(now) == true;

    /// <summary>Closed: the window's end has come, so the counts (and the bonus they give) are final.</summary>
    public static bool HasClosedAt(Phase? window, DateTimeOffset now) => window is { } phase && now >= phase.EndsAt;

    /// <summary>A vote that will still change the counts: the window exists and has not closed (open, or not yet open).</summary>
    public static bool IsStillToCloseAt(Phase? window, DateTimeOffset now) => window is not null && !HasClosedAt(window, now);
}
