namespace DataForLife.Web.Domain.Messages;

/// <summary>
/// An announcement of the organisers to a segment, in Vietnamese and English (Markdown). It is sent once, when due:
/// the send claims it (<see cref="SentAtUtc"/>) in the same transaction that writes its recipients and their e-mails.
/// </summary>
public sealed class Announcement
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;

    /// <summary>The segment as <see cref="Segment.ToString"/> writes it.</summary>
    public string Segment { get; set; } = string.Empty;

    public string TitleVi { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string BodyVi { get; set; } = string.Empty;
    public string BodyEn { get; set; } = string.Empty;

    /// <summary>Also shown on the public news list once sent.</summary>
    public bool IsPublic { get; set; }

    public string CreatedByUserId { get; set; } = string.Empty;
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When it is to go: the moment it was written, or the time the organiser scheduled.</summary>
    public DateTime DueAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    public int RecipientCount { get; set; }

    public bool IsPending => SentAtUtc is null && CancelledAtUtc is null;

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleVi;

    public string Body(bool english) => english && !string.IsNullOrWhiteSpace(BodyEn) ? BodyEn : BodyVi;
}
