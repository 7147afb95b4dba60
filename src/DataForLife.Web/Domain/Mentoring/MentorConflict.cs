namespace DataForLife.Web.Domain.Mentoring;

/// <summary>Why a mentor may not mentor a team.</summary>
public enum MentorConflict
{
    SameOrganisation,
    JudgesTeam,
}
