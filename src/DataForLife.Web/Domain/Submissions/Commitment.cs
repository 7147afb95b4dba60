namespace DataForLife.Web.Domain.Submissions;

/// <summary>
/// The leader's acceptance of the declaration (the team owns the intellectual property; the product has not won a
/// prize at another contest): who, when, from which address, and the hash of the very text they accepted.
/// </summary>
public sealed record Commitment(string AcceptedByName, DateTime AcceptedAtUtc, string FromAddress, string DeclarationHash);
