using System.Globalization;
using DataForLife.Population;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Roster;

namespace DataForLife.Web.Features.Roster;

/// <summary>Reads and checks one roster entry. Bodies and positions are accepted by code or by their Vietnamese name.</summary>
public static class StaffRules
{
    private static readonly Dictionary<string, StaffBody> BodyNames = new(StringComparer.Ordinal)
    {
        ["steering"] = StaffBody.Steering, ["ban chi dao"] = StaffBody.Steering,
        ["organising"] = StaffBody.Organising, ["organizing"] = StaffBody.Organising, ["ban to chuc"] = StaffBody.Organising,
        ["jury"] = StaffBody.Jury, ["ban giam khao"] = StaffBody.Jury,
        ["council"] = StaffBody.Council, ["hoi dong chuyen mon"] = StaffBody.Council,
        ["support"] = StaffBody.Support, ["to giup viec"] = StaffBody.Support,
        ["mentors"] = StaffBody.Mentors, ["mentor"] = StaffBody.Mentors, ["ban co van"] = StaffBody.Mentors,
    };

    private static readonly Dictionary<string, StaffPosition> PositionNames = new(StringComparer.Ordinal)
    {
        [""] = StaffPosition.Member, ["member"] = StaffPosition.Member, ["thanh vien"] = StaffPosition.Member,
        ["lead"] = StaffPosition.Lead, ["truong nhom"] = StaffPosition.Lead,
        ["head"] = StaffPosition.Head, ["truong ban"] = StaffPosition.Head,
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static (StaffMember? Staff, IReadOnlyList<FieldError> Errors) Read(StaffInput input, string editionId, IReadOnlyCollection<string> groups, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        if (input.IsEmpty)
        {
            return (null, [new FieldError(string.Empty, "Roster.EmptyRow")]);
        }

        if (!BodyNames.TryGetValue(VietnameseText.Fold(input.Body), out var body))
        {
            errors.Add(new FieldError(nameof(StaffInput.Body), "Roster.BodyUnknown", input.Body ?? string.Empty));
        }

        if (!PositionNames.TryGetValue(VietnameseText.Fold(input.Position), out var position))
        {
            errors.Add(new FieldError(nameof(StaffInput.Position), "Roster.PositionUnknown", input.Position ?? string.Empty));
        }

        var group = (input.Group ?? string.Empty).Trim().ToLowerInvariant();
        if (group.Length > 0 && !groups.Contains(group))
        {
            errors.Add(new FieldError(nameof(StaffInput.Group), "Roster.GroupUnknown", group));
        }

        if (!VietnameseText.HasContent(input.FullName))
        {
            errors.Add(new FieldError(nameof(StaffInput.FullName), "Roster.NameRequired"));
        }

        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(input.DateOfBirth))
        {
            if (DateOnly.TryParseExact(input.DateOfBirth.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                && parsed <= DateOnly.FromDateTime(nowUtc) && parsed.Year >= 1900)
            {
                born = parsed;
            }
            else
            {
                errors.Add(new FieldError(nameof(StaffInput.DateOfBirth), "Roster.DateInvalid", input.DateOfBirth));
            }
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToLowerInvariant();
        if (email is not null && EmailAddresses.Normalise(email) is null)
        {
            errors.Add(new FieldError(nameof(StaffInput.Email), "Roster.EmailInvalid", email));
        }

        var number = string.IsNullOrWhiteSpace(input.IdentityNumber) ? null : new string([.. input.IdentityNumber.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        if (number is not null && number.All(char.IsAsciiDigit) && !IdentityNumber.TryParse(number, out _))
        {
            errors.Add(new FieldError(nameof(StaffInput.IdentityNumber), "Roster.IdInvalid", number));
        }

        // The columns' lengths: a name as stored and as its search key (VietnameseText.Fits), the others as stored.
        foreach (var (field, column, fits, limit) in new (string, string, bool, int)[]
        {
            (nameof(StaffInput.FullName), "full_name", VietnameseText.Fits(input.FullName, 200), 200),
            (nameof(StaffInput.IdentityNumber), "identity_number", (number?.Length ?? 0) <= 20, 20),
            (nameof(StaffInput.Organisation), "organisation", VietnameseText.Clean(input.Organisation).Length <= 200, 200),
        })
        {
            if (!fits && errors.All(e => e.Field != field))
            {
                errors.Add(new FieldError(field, "Validation.MaxLength", column, limit));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new StaffMember
        {
            EditionId = editionId,
            Body = body,
            Group = group,
            Position = position,
            FullName = VietnameseText.Clean(input.FullName),
            NameKey = VietnameseText.Fold(input.FullName),
            DateOfBirth = born,
            Email = email,
            IdentityNumber = number,
            Organisation = VietnameseText.Clean(input.Organisation),
            AddedAtUtc = nowUtc,
        }, []);
    }

    /// <summary>Two entries are one person when they share an e-mail, an identity number, or a name and birth date.</summary>
    public static bool SamePerson(StaffMember a, StaffMember b) =>
        (a.Email is not null && a.Email == b.Email)
        || (a.IdentityNumber is not null && a.IdentityNumber == b.IdentityNumber)
        || (a.NameKey == b.NameKey && a.DateOfBirth == b.DateOfBirth);
}
