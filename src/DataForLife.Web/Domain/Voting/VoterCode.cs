namespace DataForLife.Web.Domain.Voting;

/// <summary>
/// A one-time code sent to a reader's e-mail or phone: 6 digits, kept as a hash, valid for a few minutes and a few
/// tries.
/// </summary>
public sealed class VoterCode
{
    public Guid Id { get; set; }
    public VoterChannel Channel { get; set; }

    /// <summary>The normalised address: lower-case e-mail, or a phone number as +84 and nine digits.</summary>
    public string Address { get; set; } = string.Empty;

    public string CodeHash { get; set; } = string.Empty;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? UsedAtUtc { get; set; }
    public string Network { get; set; } = string.Empty;
}
