namespace DataForLife.Web.Domain.Judging;

/// <summary>A team's place in a pitch session; a slot holds one team and a team one slot.</summary>
public sealed class PitchSlot
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public int Position { get; set; }
    public int TeamId { get; set; }
}
