namespace DataForLife.Web.Domain.Registration;

/// <summary>A person in a team. The database allows one team per person per edition.</summary>
public sealed class TeamMember
{
    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;

    /// <summary>
    /// The person behind the account: their identity document's number as their profile holds it (normalised). The
    /// database allows it once per edition, so that one person cannot enter two teams through two accounts.
    /// </summary>
    public string? PersonKey { get; private set; }
    public bool IsLeader { get; set; }
    public DateTime JoinedAtUtc { get; private set; }

    /// <summary>What would the member do in the team; filled in the dossier.</summary>
    public string Role { get; set; } = string.Empty;

    public EligibilityStatus Status { get; private set; } = EligibilityStatus.NeedsReview;

    /// <summary>The reasons, as comma-separated <see cref="EligibilityReason"/> names.</summary>
    public string Reasons { get; private set; } = string.Empty;

    /// <summary>The roster bodies the member was matched to, comma-separated <see cref="Roster.StaffBody"/> names.</summary>
    public string MatchedBodies { get; private set; } = string.Empty;

    public IReadOnlyList<EligibilityReason> ReasonList =>
        [.. Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityReason>)];

    public EligibilityResult Result => new(Status, ReasonList,
        [.. MatchedBodies.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Roster.StaffBody>)]);

    public static TeamMember Join(string editionId, string userId, string? personKey, bool isLeader, DateTime nowUtc) =>
        new() { EditionId = editionId, UserId = userId, PersonKey = NullIfEmpty(personKey), IsLeader = isLeader, JoinedAtUtc = nowUtc };

    /// <summary>The member's profile now names another document (it was corrected).</summary>
    public void Identify(string? personKey) => PersonKey = NullIfEmpty(personKey);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public void Apply(EligibilityResult result)
    {
        Status = result.Status;
        Reasons = string.Join(',', result.Reasons);
        MatchedBodies = string.Join(',', result.MatchedBodies);
    }
}
