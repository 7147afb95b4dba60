namespace DataForLife.Web.Domain.Registration;

/// <summary>A team entered in one edition, known publicly by its short code (D4L23-017).</summary>
public sealed class Team
{
    private readonly List<TeamMember> _members = [];

    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;

    /// <summary>Order of registration within the edition; gives the public code.</summary>
    public int Sequence { get; private set; }

    public string PublicCode { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string NameKey { get; private set; } = string.Empty;
    public string IdeaName { get; private set; } = string.Empty;

    /// <summary>Category codes of the edition, comma-separated (a team may enter several).</summary>
    public string Categories { get; private set; } = string.Empty;

    public string Abstract { get; private set; } = string.Empty;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The status computed from the members; <see cref="Status"/> is what counts.</summary>
    public EligibilityStatus ComputedStatus { get; private set; } = EligibilityStatus.NeedsReview;

    public EligibilityStatus? OverrideStatus { get; private set; }
    public string? OverrideReason { get; private set; }

    /// <summary>The organisers' override when there is one, else the computed status.</summary>
    public EligibilityStatus Status { get; private set; } = EligibilityStatus.NeedsReview;

    public int Version { get; private set; }

    public IReadOnlyList<TeamMember> Members => _members;

    public IReadOnlyList<string> CategoryCodes => Categories.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public TeamMember? Leader => _members.FirstOrDefault(m => m.IsLeader);

    public static Team Register(string editionId, int sequence, string codePrefix, string name, string ideaName,
        IEnumerable<string> categories, string summary, string leaderUserId, string? leaderPersonKey, DateTime nowUtc)
    {
        var team = new Team
        {
            EditionId = editionId,
            Sequence = sequence,
            PublicCode = $"{codePrefix}-{sequence:000}",
            CreatedAtUtc = nowUtc,
        };
        team.Describe(name, ideaName, categories, summary, nowUtc);
        team._members.Add(TeamMember.Join(editionId, leaderUserId, leaderPersonKey, isLeader: true, nowUtc));
        return team;
    }

    public void Describe(string name, string ideaName, IEnumerable<string> categories, string summary, DateTime nowUtc)
    {
        Name = VietnameseText.Clean(name);
        NameKey = VietnameseText.Fold(name);
        IdeaName = VietnameseText.Clean(ideaName);
        Categories = string.Join(',', categories.Distinct(StringComparer.Ordinal));
        Abstract = summary.Trim().Normalize(System.Text.NormalizationForm.FormC);
        Touch(nowUtc);
    }

    /// <summary>The search key computed again from the stored name (after a change to the folding rules).</summary>
    public void RefreshNameKey() => NameKey = VietnameseText.Fold(Name);

    public TeamMember AddMember(string userId, string? personKey, DateTime nowUtc)
    {
        var member = TeamMember.Join(EditionId, userId, personKey, isLeader: false, nowUtc);
        _members.Add(member);
        Touch(nowUtc);
        return member;
    }

    public void RemoveMember(TeamMember member, DateTime nowUtc)
    {
        _members.Remove(member);
        Touch(nowUtc);
    }

    public void TransferLeadership(TeamMember to, DateTime nowUtc)
    {
        foreach (var member in _members)
        {
            member.IsLeader = member == to;
        }

        Touch(nowUtc);
    }

    /// <summary>Recomputes the team's status from its members' (the worst of them counts).</summary>
    public void RefreshStatus()
    {
        ComputedStatus = EligibilityResult.Worst(_members.Select(m => m.Status));
        Status = OverrideStatus ?? ComputedStatus;
    }

    public void Override(EligibilityStatus? status, string? reason, DateTime nowUtc)
    {
        OverrideStatus = status;
        OverrideReason = status is null ? null : reason?.Trim();
        RefreshStatus();
        Touch(nowUtc);
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
