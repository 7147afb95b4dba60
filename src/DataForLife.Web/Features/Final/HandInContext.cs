using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Final;

/// <summary>A finalist team's hand-in as one person may see it, with the 24 hours (null before they start) and its dossier.</summary>
public sealed record HandInContext(Edition Edition, Team Team, HandIn HandIn, Dossier Dossier, FinalRun? Run)
{
    /// <summary>The team's deadline: the mark, or the organisers' extension when later; null before the start.</summary>
    public DateTime? DeadlineUtc => Run is null ? null : HandInRules.Deadline(Run.EndsAtUtc, HandIn.ExtendedUntilUtc);

    public bool IsOpenAt(DateTime arrivedAtUtc) => HandInRules.IsOnTime(arrivedAtUtc, Run, HandIn.ExtendedUntilUtc);

    /// <summary>Why a request arriving then is refused, or null when it is on time.</summary>
    public string? RefusalAt(DateTime arrivedAtUtc) =>
        Run is null || arrivedAtUtc < Run.StartedAtUtc ? "HandIn.NotStarted" : IsOpenAt(arrivedAtUtc) ? null : "HandIn.Closed";
}
