namespace DataForLife.Web.Domain.Judging;

/// <summary>A judge is to score an entry in a round (round 1: chosen by the balancing rule or by hand).</summary>
public sealed class Assignment
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string RoundCode { get; set; } = string.Empty;
    public int TeamId { get; set; }
    public string JudgeUserId { get; set; } = string.Empty;
    public bool ByHand { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
