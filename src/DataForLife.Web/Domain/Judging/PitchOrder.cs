namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// The order in which the finalists pitch, drawn by lot. The seed is kept and published: shuffling the finalists
/// (sorted by public code) with <see cref="PitchDraw"/> and this seed gives this order again, on any machine.
/// </summary>
public sealed class PitchOrder
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string RoundCode { get; set; } = string.Empty;
    public long Seed { get; set; }

    /// <summary>Public codes in pitching order, comma-separated.</summary>
    public string Codes { get; set; } = string.Empty;

    public string DrawnByUserId { get; set; } = string.Empty;
    public DateTime DrawnAtUtc { get; set; }
}
