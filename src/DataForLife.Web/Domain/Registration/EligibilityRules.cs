using DataForLife.Web.Domain.Roster;

namespace DataForLife.Web.Domain.Registration;

/// <summary>
/// Who may enter (../shared/contest-2023.md, "Who may enter"): Vietnamese citizens at home or abroad and foreigners
/// living in Viet Nam; never a member of the excluded staff bodies. A staff member is recognised by identity number,
/// by e-mail, or by full name and date of birth together; a name alone is only a warning for organisers.
/// </summary>
public static class EligibilityRules
{
    public static EligibilityResult Evaluate(Profile? person, string accountEmail, IEnumerable<StaffMember> roster)
    {
        if (person is null)
        {
            return new EligibilityResult(EligibilityStatus.NeedsReview, [EligibilityReason.NoProfile], []);
        }

        var reasons = new List<EligibilityReason>();
        var statuses = new List<EligibilityStatus>();
        var bodies = new List<StaffBody>();

        if (person.IsCitizen)
        {
            reasons.Add(person.LivesInVietNam ? EligibilityReason.CitizenInVietNam : EligibilityReason.CitizenAbroad);
            statuses.Add(EligibilityStatus.Eligible);
        }
        else
        {
            reasons.Add(person.LivesInVietNam ? EligibilityReason.ForeignerInVietNam : EligibilityReason.ForeignerAbroad);
            statuses.Add(person.LivesInVietNam ? EligibilityStatus.Eligible : EligibilityStatus.NotEligible);
        }

        foreach (var staff in roster)
        {
            var match = Match(person, accountEmail, staff);
            if (match is null)
            {
                continue;
            }

            bodies.Add(staff.Body);
            if (match == EligibilityReason.NameMatchesStaff)
            {
                reasons.Add(match.Value);
                statuses.Add(EligibilityStatus.NeedsReview);
            }
            else if (StaffMember.IsExcludedBody(staff.Body))
            {
                reasons.Add(match.Value);
                statuses.Add(EligibilityStatus.NotEligible);
            }
            else
            {
                reasons.Add(EligibilityReason.OnNonExcludedBody);
                statuses.Add(EligibilityStatus.NeedsReview);
            }
        }

        return new EligibilityResult(EligibilityResult.Worst(statuses), [.. reasons.Distinct()], [.. bodies.Distinct()]);
    }

    /// <summary>How a person matches one roster entry: the strongest evidence, or null when they do not.</summary>
    public static EligibilityReason? Match(Profile person, string accountEmail, StaffMember staff)
    {
        if (!string.IsNullOrEmpty(staff.IdentityNumber) && Digits(staff.IdentityNumber) == Digits(person.DocumentNumber))
        {
            return EligibilityReason.StaffByIdentityNumber;
        }

        if (!string.IsNullOrEmpty(staff.Email)
            && (SameEmail(staff.Email, person.Email) || SameEmail(staff.Email, accountEmail)))
        {
            return EligibilityReason.StaffByEmail;
        }

        if (staff.NameKey.Length > 0 && staff.NameKey == person.NameKey)
        {
            return staff.DateOfBirth == person.DateOfBirth
                ? EligibilityReason.StaffByNameAndBirthDate
                : EligibilityReason.NameMatchesStaff;
        }

        return null;
    }

    private static bool SameEmail(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Digits(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
