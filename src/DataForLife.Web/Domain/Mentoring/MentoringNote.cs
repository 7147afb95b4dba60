namespace DataForLife.Web.Domain.Mentoring;

/// <summary>
/// One entry of a finalist team's mentoring log: a meeting, a piece of advice or a file, written by the team or its
/// mentor, read by them and the organisers. Entries are kept as written; a later entry corrects an earlier one.
/// </summary>
public sealed class MentoringNote
{
    public const int MaxTextLength = 4000;

    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public int TeamId { get; set; }
    public MentoringNoteKind Kind { get; set; }
    public string Text { get; set; } = string.Empty;

    /// <summary>For a meeting: when it took place (or will).</summary>
    public DateTime? MeetingAtUtc { get; set; }

    public string AuthorUserId { get; set; } = string.Empty;
    public string AuthorName { get; set; } = string.Empty;

    /// <summary>Whether the author wrote as the team's mentor (else as a member of the team).</summary>
    public bool ByMentor { get; set; }

    public string? FileName { get; set; }
    public string? FileContentType { get; set; }
    public long? FileSize { get; set; }
    public string? FileSha256 { get; set; }
    public string? FileStorageKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
