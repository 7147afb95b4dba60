namespace DataForLife.Web.Features.Voting.Review;

public enum QuarantineOutcome
{
    Quarantined,

    /// <summary>No reason, or one longer than <see cref="VoteQuarantines.MaxReasonLength"/>.</summary>
    ReasonMissing,

    /// <summary>No criterion that narrows the edition's votes.</summary>
    FilterEmpty,

    /// <summary>A criterion no stored vote could have (too long, a range ending before it starts).</summary>
    FilterInvalid,

    /// <summary>No counted vote matches; nothing was stored.</summary>
    NothingMatched,

    /// <summary>A round that adds the vote bonus is published: the bonus it stored is final, so the votes are too.</summary>
    BonusPublished,
}
