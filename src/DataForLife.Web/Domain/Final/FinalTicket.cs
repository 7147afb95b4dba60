namespace DataForLife.Web.Domain.Final;

/// <summary>A finalist's ticket for the check-in at the final's venue: one per member, used once.</summary>
public sealed class FinalTicket
{
    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public int TeamId { get; private set; }
    public string UserId { get; private set; } = string.Empty;

    /// <summary>The code, unguessable and unique across editions (<see cref="TicketCode"/>).</summary>
    public string Code { get; private set; } = string.Empty;

    public DateTime IssuedAtUtc { get; private set; }
    public DateTime? CheckedInAtUtc { get; private set; }
    public string? CheckedInByUserId { get; private set; }

    public static FinalTicket Issue(string editionId, int teamId, string userId, string code, DateTime nowUtc) =>
        new() { EditionId = editionId, TeamId = teamId, UserId = userId, Code = code, IssuedAtUtc = nowUtc };
}
