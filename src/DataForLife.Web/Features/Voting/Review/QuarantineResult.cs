using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>The outcome and, when votes were taken out, the quarantine that holds them.</summary>
public sealed record QuarantineResult(QuarantineOutcome Outcome, VoteQuarantine? Quarantine = null)
{
    /// <summary>The resource key of the message that explains a refusal.</summary>
    public string MessageKey => "VoteReview.Outcome." + Outcome;
}
