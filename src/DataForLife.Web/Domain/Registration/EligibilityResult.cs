namespace DataForLife.Web.Domain.Registration;

/// <param name="MatchedBodies">The roster bodies the person was matched to, for the message they read.</param>
public sealed record EligibilityResult(EligibilityStatus Status, IReadOnlyList<EligibilityReason> Reasons, IReadOnlyList<Roster.StaffBody> MatchedBodies)
{
    public static EligibilityStatus Worst(IEnumerable<EligibilityStatus> statuses) =>
        statuses.DefaultIfEmpty(EligibilityStatus.NeedsReview).Max();
}
