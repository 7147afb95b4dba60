namespace DataForLife.Web.Features.Mentoring;

/// <summary>Who reads a mentoring log: a member of the team, its mentor, or the organisers (who only read).</summary>
public enum MentoringViewer
{
    Member,
    Mentor,
    Organiser,
}
