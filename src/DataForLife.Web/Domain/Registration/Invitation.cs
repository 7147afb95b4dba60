using System.Security.Cryptography;
using System.Text;

namespace DataForLife.Web.Domain.Registration;

/// <summary>
/// An invitation to join a team, sent to one e-mail address. Only the hash of its token is stored, so a copy of the
/// database cannot be used to join teams.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; private set; } = Guid.NewGuid();
    public int TeamId { get; private set; }
    public Team Team { get; private set; } = null!;
    public string Email { get; private set; } = string.Empty;
    public string TokenHash { get; private set; } = string.Empty;
    public string InvitedByUserId { get; private set; } = string.Empty;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public InvitationState State { get; private set; }
    public DateTime? RespondedAtUtc { get; private set; }

    /// <summary>A new invitation and the token for its link (shown once, in the e-mail).</summary>
    public static (Invitation Invitation, string Token) Create(Team team, string email, string invitedBy, DateTime nowUtc)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var invitation = new Invitation
        {
            TeamId = team.Id,
            Team = team,
            Email = email.Trim().ToLowerInvariant(),
            TokenHash = HashOf(token),
            InvitedByUserId = invitedBy,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        };
        return (invitation, token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsExpired(DateTime nowUtc) => nowUtc >= ExpiresAtUtc;

    public void Respond(InvitationState state, DateTime nowUtc)
    {
        State = state;
        RespondedAtUtc = nowUtc;
    }
}
