using System.Text.RegularExpressions;
using DataForLife.Population;
using PhoneNumbers;

namespace DataForLife.Web.Domain.Registration;

/// <summary>
/// Checks a profile: a name with letters in it, a birth date in the past, the 12-digit number of a citizen agreeing
/// with their province of birth registration, sex and year of birth (Decree 137/2015), a foreigner's passport number,
/// and a telephone number in Vietnamese or international form.
/// </summary>
public static partial class ProfileRules
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static IReadOnlyList<FieldError> Validate(ProfileInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!VietnameseText.HasContent(input.FullName))
        {
            errors.Add(new FieldError(nameof(input.FullName), "Profile.NameRequired"));
        }
        else if (!VietnameseText.Fits(input.FullName, 200))
        {
            errors.Add(new FieldError(nameof(input.FullName), "Profile.NameTooLong"));
        }

        if (input.DateOfBirth is not { } born)
        {
            errors.Add(new FieldError(nameof(input.DateOfBirth), "Profile.BirthDateRequired"));
        }
        else if (born > today)
        {
            errors.Add(new FieldError(nameof(input.DateOfBirth), "Profile.BirthDateInFuture"));
        }
        else if (born.Year < 1900)
        {
            errors.Add(new FieldError(nameof(input.DateOfBirth), "Profile.BirthDateTooOld"));
        }

        if (input.Sex is null)
        {
            errors.Add(new FieldError(nameof(input.Sex), "Profile.SexRequired"));
        }

        if (!Countries.IsKnown(input.Nationality))
        {
            errors.Add(new FieldError(nameof(input.Nationality), "Profile.CountryUnknown"));
        }

        if (!Countries.IsKnown(input.CountryOfResidence))
        {
            errors.Add(new FieldError(nameof(input.CountryOfResidence), "Profile.CountryUnknown"));
        }

        ValidateDocument(input, errors);
        if (NormalisePhone(input.Phone) is null)
        {
            errors.Add(new FieldError(nameof(input.Phone), "Profile.PhoneInvalid"));
        }

        if (!VietnameseText.Fits(input.Organisation, 200))
        {
            errors.Add(new FieldError(nameof(input.Organisation), "Profile.OrganisationTooLong"));
        }

        return errors;
    }

    /// <summary>The number in E.164 (+84912345678), or null when it is not a valid telephone number.</summary>
    public static string? NormalisePhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return null;
        }

        try
        {
            var number = Phones.Parse(text, "VN");
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static string NormaliseDocument(string? text) =>
        new([.. (text ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static void ValidateDocument(ProfileInput input, List<FieldError> errors)
    {
        var number = NormaliseDocument(input.DocumentNumber);
        if (input.Nationality != Profile.VietNam)
        {
            if (!PassportPattern().IsMatch(number))
            {
                errors.Add(new FieldError(nameof(input.DocumentNumber), "Profile.PassportInvalid"));
            }

            return;
        }

        foreach (var problem in IdentityNumber.Check(number, input.Sex, input.DateOfBirth))
        {
            errors.Add(problem switch
            {
                IdentityNumberProblem.InvalidFormat => new FieldError(nameof(input.DocumentNumber), "Profile.IdFormat"),
                IdentityNumberProblem.UnknownProvince => new FieldError(nameof(input.DocumentNumber), "Profile.IdProvince", number[..3]),
                IdentityNumberProblem.SexMismatch => new FieldError(nameof(input.DocumentNumber), "Profile.IdSex", number[3]),
                _ => new FieldError(nameof(input.DocumentNumber), "Profile.IdYear", IdentityNumber.TryParse(number, out var parsed) ? parsed.BirthYear : 0),
            });
        }
    }

    [GeneratedRegex("^[A-Z0-9]{6,20}$")]
    private static partial Regex PassportPattern();
}
