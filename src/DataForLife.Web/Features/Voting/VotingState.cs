using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// What a vote is checked against: the edition, its voting window and rule, and the entries published for the vote
/// (the teams round 1 selected) by public code. Empty entries until round 1 is published.
/// </summary>
public sealed record VotingState(Edition Edition, Phase? Window, IReadOnlyDictionary<string, int> TeamByCode, IReadOnlyDictionary<int, string> CodeByTeam)
{
    public string EditionId => Edition.Id;

    public VotingSettings Settings => Edition.Definition.Voting;

    public bool IsOpenAt(DateTime utc) => VotingWindow.IsOpenAt(Window, Instant(utc));

    public bool HasClosedAt(DateTime utc) => VotingWindow.HasClosedAt(Window, Instant(utc));

    /// <summary>Whether the public may see the counts: after the window, or during it when the edition says so.</summary>
    public bool CountsArePublicAt(DateTime utc) => HasClosedAt(utc) || (Settings.PublicCountsDuringWindow && IsOpenAt(utc));

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
