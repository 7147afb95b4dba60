namespace DataForLife.Web.Domain.Roster;

/// <summary>
/// A person on an edition's staff roster. Identity number, e-mail and date of birth are optional because a roster is
/// often known by name first; eligibility matching uses whatever is known.
/// </summary>
public sealed class StaffMember
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public StaffBody Body { get; set; }

    /// <summary>For the jury: the group's code from the edition (academic, enterprise, media); empty for the head.</summary>
    public string Group { get; set; } = string.Empty;

    public StaffPosition Position { get; set; }
    public string FullName { get; set; } = string.Empty;
    public string NameKey { get; set; } = string.Empty;
    public DateOnly? DateOfBirth { get; set; }
    public string? Email { get; set; }
    public string? IdentityNumber { get; set; }
    public string Organisation { get; set; } = string.Empty;
    public DateTime AddedAtUtc { get; set; }

    /// <summary>The account this person judges with, for the jury and the council; linked by e-mail.</summary>
    public string? UserId { get; set; }

    /// <summary>For a mentor: expertise tags, the edition's category and topic codes, comma-separated.</summary>
    public string Expertise { get; set; } = string.Empty;

    /// <summary>For a mentor: how many finalist teams they take at most (the plan: 10 to 20 mentors for 10 teams).</summary>
    public int MentorCapacity { get; set; } = 1;

    public IReadOnlySet<string> ExpertiseTags => Expertise.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether this person scores entries: the jury (head, leads, members) and the expert council.</summary>
    public bool Judges => Body is StaffBody.Jury or StaffBody.Council;

    /// <summary>The bodies whose members may not enter (the plan: organising committee, jury, support team; we add the
    /// steering committee and the expert council, who direct and judge the contest).</summary>
    public static bool IsExcludedBody(StaffBody body) => body is not StaffBody.Mentors;
}
