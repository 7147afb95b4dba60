namespace DataForLife.Web.Domain.Mentoring;

/// <summary>What an entry of the mentoring log records.</summary>
public enum MentoringNoteKind
{
    Meeting,
    Advice,
    File,
}
