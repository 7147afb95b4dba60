namespace DataForLife.Web.Domain.Registration;

/// <summary>Why a person is or may not be eligible; each has a localised text ("Eligibility.{Code}").</summary>
public enum EligibilityReason
{
    CitizenInVietNam,
    CitizenAbroad,
    ForeignerInVietNam,
    ForeignerAbroad,
    NoProfile,
    StaffByIdentityNumber,
    StaffByEmail,
    StaffByNameAndBirthDate,
    NameMatchesStaff,
    OnNonExcludedBody,
    Override,
}
