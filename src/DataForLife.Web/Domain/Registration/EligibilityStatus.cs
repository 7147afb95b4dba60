namespace DataForLife.Web.Domain.Registration;

public enum EligibilityStatus
{
    Eligible,
    NeedsReview,
    NotEligible,
}
