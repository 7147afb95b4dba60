namespace DataForLife.Web.Domain.Audit;

/// <summary>
/// One line of the append-only audit log. <see cref="Hash"/> covers this entry and the previous entry's hash,
/// so changing or removing any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string EntityType { get; set; } = string.Empty;
    public string EntityId { get; set; } = string.Empty;
    public string? EditionId { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
    public string? Reason { get; set; }
    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
}
