using System.Globalization;

namespace DataForLife.Population;

/// <summary>
/// The 12-digit personal identification number, <c>PPP G YY RRRRRR</c> (Decree 137/2015/NĐ-CP Art. 13): the code of the
/// province (or, from 101 to 295, the country) where the birth was registered, a digit for century and sex (0/1 for the
/// 1900s, 2/3 for the 2000s, male even, female odd), the last two digits of the year of birth, and six random digits.
/// No check digit exists.
/// </summary>
public readonly record struct IdentityNumber(string RegistrationCode, Sex Sex, int BirthYear, int Serial)
{
    public static bool TryParse(string? text, out IdentityNumber number)
    {
        number = default;
        if (text is not { Length: 12 } || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var genderCentury = text[3] - '0';
        var year = ((genderCentury / 2) + 19) * 100 + int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        number = new IdentityNumber(text[..3], genderCentury % 2 == 1 ? Sex.Female : Sex.Male, year,
            int.Parse(text.AsSpan(6, 6), CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The number for a birth registered in the given province (or country code) in the given year.</summary>
    public static string Compose(string registrationCode, Sex sex, int birthYear, int serial)
    {
        if (birthYear is < 1900 or > 2399)
        {
            throw new ArgumentOutOfRangeException(nameof(birthYear), birthYear, "Identification numbers cover 1900 to 2399.");
        }

        var digit = ((birthYear / 100) - 19) * 2 + (sex == Sex.Female ? 1 : 0);
        return string.Create(12, (registrationCode, digit, birthYear % 100, serial), static (span, s) =>
        {
            s.registrationCode.AsSpan().CopyTo(span);
            span[3] = (char)('0' + s.digit);
            span[4] = (char)('0' + (s.Item3 / 10));
            span[5] = (char)('0' + (s.Item3 % 10));
            var serial = s.serial;
            for (var i = 11; i >= 6; i--)
            {
                span[i] = (char)('0' + (serial % 10));
                serial /= 10;
            }
        });
    }

    public override string ToString() => Compose(RegistrationCode, Sex, BirthYear, Serial);

    /// <summary>
    /// Whether the registration code is a province of the official list, or a country code for a birth registered
    /// abroad: 101 (Afghanistan) to 295 (Zimbabwe), the range of the country table (docs/population.md).
    /// </summary>
    public bool HasKnownRegistrationCode => RegistrationCode[0] == '0'
        ? Provinces.Find(RegistrationCode) is not null
        : int.Parse(RegistrationCode, System.Globalization.CultureInfo.InvariantCulture) is >= FirstCountryCode and <= LastCountryCode;

    /// <summary>The first and last country codes of the table of births registered abroad.</summary>
    public const int FirstCountryCode = 101, LastCountryCode = 295;

    /// <summary>Every way the number disagrees with its holder's sex and date of birth; empty when it fits.</summary>
    public static IReadOnlyList<IdentityNumberProblem> Check(string? text, Sex? sex, DateOnly? dateOfBirth)
    {
        if (!TryParse(text, out var number))
        {
            return [IdentityNumberProblem.InvalidFormat];
        }

        var problems = new List<IdentityNumberProblem>();
        if (!number.HasKnownRegistrationCode)
        {
            problems.Add(IdentityNumberProblem.UnknownProvince);
        }

        if (sex is { } s && s != number.Sex)
        {
            problems.Add(IdentityNumberProblem.SexMismatch);
        }

        if (dateOfBirth is { } born && born.Year != number.BirthYear)
        {
            problems.Add(IdentityNumberProblem.BirthYearMismatch);
        }

        return problems;
    }
}
