namespace DataForLife.Web.Domain.Mentoring;

/// <summary>A mentor as the matching sees them: expertise tags, how many teams they take, and where they work (folded).</summary>
public sealed record MentorCandidate(int StaffId, IReadOnlySet<string> Tags, int Capacity, string OrganisationKey);
