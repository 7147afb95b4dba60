using DataForLife.Web.Domain.Mentoring;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>A new entry of the mentoring log, as the form sends it; a meeting's time is Viet Nam wall-clock.</summary>
public sealed class MentoringInput
{
    public MentoringNoteKind Kind { get; set; } = MentoringNoteKind.Advice;
    public string? Text { get; set; }
    public DateTime? MeetingAt { get; set; }
}
