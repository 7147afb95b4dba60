using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Domain.Accounts;

public sealed class AppUser : IdentityUser
{
    /// <summary>The person's full name as they write it, Vietnamese diacritics kept (Unicode NFC).</summary>
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
