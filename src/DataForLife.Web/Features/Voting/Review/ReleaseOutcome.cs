namespace DataForLife.Web.Features.Voting.Review;

public enum ReleaseOutcome
{
    Released,

    /// <summary>No reason, or one longer than <see cref="VoteQuarantines.MaxReasonLength"/>.</summary>
    ReasonMissing,

    /// <summary>No quarantine with this id in this edition.</summary>
    NotFound,

    /// <summary>Released before (perhaps by another organiser a moment ago); nothing changed.</summary>
    AlreadyReleased,

    /// <summary>A round that adds the vote bonus is published: the bonus it stored is final, so the votes are too.</summary>
    BonusPublished,
}
