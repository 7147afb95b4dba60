namespace DataForLife.Web.Domain.Registration;

public enum IdentityDocumentKind
{
    /// <summary>The 12-digit personal identification number of a Vietnamese citizen.</summary>
    CitizenNumber,

    /// <summary>A foreigner's passport number.</summary>
    Passport,
}
