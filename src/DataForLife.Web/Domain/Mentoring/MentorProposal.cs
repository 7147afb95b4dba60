namespace DataForLife.Web.Domain.Mentoring;

/// <summary>The mentor proposed for a team (none when every mentor is conflicted or full), with the tags they share.</summary>
public sealed record MentorProposal(int TeamId, int? StaffId, int Score, IReadOnlyList<string> MatchedTags);
