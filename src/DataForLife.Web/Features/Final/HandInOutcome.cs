using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Final;

namespace DataForLife.Web.Features.Final;

/// <summary>What came of a hand-in save.</summary>
public abstract record HandInOutcome
{
    private HandInOutcome()
    {
    }

    public sealed record Saved(HandInVersion Version) : HandInOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : HandInOutcome;

    /// <summary>Someone saved since the version this one was based on; nothing of this one was kept.</summary>
    public sealed record Conflict(HandInVersion Theirs) : HandInOutcome;

    /// <summary>Before the 24 hours started, or after the team's deadline (<see cref="Reason"/> says which).</summary>
    public sealed record Closed(string Reason) : HandInOutcome;
}
