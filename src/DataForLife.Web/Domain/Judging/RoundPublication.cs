namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// A published round: the standings exactly as computed then (JSON), with their hash, so that a recomputation from the
/// raw score sheets can be compared with what was announced.
/// </summary>
public sealed class RoundPublication
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string RoundCode { get; set; } = string.Empty;
    public string StandingsJson { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
    public string PublishedByUserId { get; set; } = string.Empty;
    public DateTime PublishedAtUtc { get; set; }

    /// <summary>
    /// When the round's letters were queued. Every round but the final writes at publication; the final writes when its
    /// results go public (the ceremony), and this marks that it did, once.
    /// </summary>
    public DateTime? LettersQueuedAtUtc { get; set; }
}
