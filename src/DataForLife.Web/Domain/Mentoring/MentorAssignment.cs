namespace DataForLife.Web.Domain.Mentoring;

/// <summary>
/// A finalist team's mentor, confirmed by an organiser (one per team per edition). The platform's proposal is not
/// stored: it is worked out again from the roster and the teams until an organiser confirms it or another choice.
/// </summary>
public sealed class MentorAssignment
{
    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public int TeamId { get; private set; }

    /// <summary>The mentor's entry on the edition's roster (body: mentors).</summary>
    public int StaffMemberId { get; private set; }

    /// <summary>The tags the mentor and the team share, as the proposal found them (comma-separated), for the record.</summary>
    public string MatchedTags { get; private set; } = string.Empty;

    public string ConfirmedByUserId { get; private set; } = string.Empty;
    public DateTime ConfirmedAtUtc { get; private set; }

    public static MentorAssignment Confirm(string editionId, int teamId, int staffMemberId, IEnumerable<string> matchedTags, string organiserId, DateTime nowUtc) =>
        new()
        {
            EditionId = editionId, TeamId = teamId, StaffMemberId = staffMemberId, MatchedTags = string.Join(',', matchedTags),
            ConfirmedByUserId = organiserId, ConfirmedAtUtc = nowUtc,
        };

    public void Reassign(int staffMemberId, IEnumerable<string> matchedTags, string organiserId, DateTime nowUtc)
    {
        StaffMemberId = staffMemberId;
        MatchedTags = string.Join(',', matchedTags);
        ConfirmedByUserId = organiserId;
        ConfirmedAtUtc = nowUtc;
    }
}
