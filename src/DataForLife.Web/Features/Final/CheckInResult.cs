using DataForLife.Web.Domain.Final;

namespace DataForLife.Web.Features.Final;

/// <summary>What came of a ticket shown at the check-in desk: the person let in, or why not.</summary>
public abstract record CheckInResult
{
    private CheckInResult()
    {
    }

    public sealed record Admitted(FinalTicket Ticket, string Name, string TeamCode, string TeamName) : CheckInResult;

    /// <summary>The ticket was used before, at that time: the second showing is refused.</summary>
    public sealed record AlreadyUsed(FinalTicket Ticket, string Name, DateTime CheckedInAtUtc) : CheckInResult;

    /// <summary>A ticket of another edition's final.</summary>
    public sealed record OtherEdition(string EditionId) : CheckInResult;

    /// <summary>Not a ticket this platform issued (or not a code at all).</summary>
    public sealed record Unknown : CheckInResult;
}
