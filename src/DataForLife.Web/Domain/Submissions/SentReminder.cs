namespace DataForLife.Web.Domain.Submissions;

/// <summary>That a reminder of one kind went to a team; the unique key makes each reminder go once, whatever runs it.</summary>
public sealed class SentReminder
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public string Kind { get; set; } = string.Empty;
    public DateTime SentAtUtc { get; set; }
}
