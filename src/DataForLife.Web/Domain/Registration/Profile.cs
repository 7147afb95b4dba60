using DataForLife.Population;

namespace DataForLife.Web.Domain.Registration;

/// <summary>What a person tells us about themselves so that their eligibility can be decided. One per account.</summary>
public sealed class Profile
{
    public const string VietNam = "VN";

    public string UserId { get; set; } = string.Empty;

    /// <summary>Full name as written, diacritics kept, Unicode NFC.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary><see cref="FullName"/> folded, for search with or without diacritics and for roster matching.</summary>
    public string NameKey { get; set; } = string.Empty;

    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }

    /// <summary>ISO 3166 two-letter code; VN for Vietnamese citizens.</summary>
    public string Nationality { get; set; } = VietNam;

    public string CountryOfResidence { get; set; } = VietNam;
    public IdentityDocumentKind DocumentKind { get; set; }
    public string DocumentNumber { get; set; } = string.Empty;

    /// <summary>E.164, such as +84912345678.</summary>
    public string Phone { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;
    public string Organisation { get; set; } = string.Empty;
    public string OrganisationKey { get; set; } = string.Empty;
    public DateTime UpdatedAtUtc { get; set; }

    public bool IsCitizen => Nationality == VietNam;

    /// <summary>Sets the folded organisation name used by search, from <see cref="Organisation"/>.</summary>
    public Profile WithOrganisationKey()
    {
        OrganisationKey = VietnameseText.Fold(Organisation);
        return this;
    }

    public bool LivesInVietNam => CountryOfResidence == VietNam;

    public string EmailDomain => Email.Contains('@', StringComparison.Ordinal) ? Email[(Email.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant() : string.Empty;
}
