using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Gives an existing account one of the roles organisers hand out (Organizer, Observer for the steering committee,
/// Mentor) or takes it back; judges get theirs from the roster (<c>JudgeAccounts</c>). The change and its audit
/// entry commit together; the last organiser cannot lose the role, so someone can always run the contest. Either way
/// the account's open sessions end (<see cref="SessionValidation"/>): it signs in again with its roles as they now are.
/// </summary>
public sealed class RoleGrants(UserManager<AppUser> users, AuditLog audit)
{
    public static IReadOnlyList<string> Grantable { get; } = [Roles.Organizer, Roles.Observer, Roles.Mentor];

    public enum Outcome
    {
        Done,
        Unchanged,
        NoAccount,
        UnknownRole,
        LastOrganizer,
    }

    public Task<Outcome> GrantAsync(string email, string role, CancellationToken cancellationToken) =>
        ChangeAsync(email, role, grant: true, cancellationToken);

    public Task<Outcome> RevokeAsync(string email, string role, CancellationToken cancellationToken) =>
        ChangeAsync(email, role, grant: false, cancellationToken);

    private async Task<Outcome> ChangeAsync(string email, string role, bool grant, CancellationToken cancellationToken)
    {
        var canonical = Grantable.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return Outcome.UnknownRole;
        }

        if (await users.FindByEmailAsync(email?.Trim() ?? string.Empty) is not { } user)
        {
            return Outcome.NoAccount;
        }

        if (await users.IsInRoleAsync(user, canonical) == grant)
        {
            return Outcome.Unchanged;
        }

        if (!grant && canonical == Roles.Organizer && (await users.GetUsersInRoleAsync(Roles.Organizer)).Count <= 1)
        {
            return Outcome.LastOrganizer;
        }

        return await audit.InTransactionAsync(async _ =>
        {
            var result = grant ? await users.AddToRoleAsync(user, canonical) : await users.RemoveFromRoleAsync(user, canonical);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            // A new stamp ends every session the account has open: a revoked role stops working at once.
            await users.UpdateSecurityStampAsync(user);

            audit.Record(grant ? "account.role-granted" : "account.role-revoked", nameof(AppUser), user.Id, after: new { user.Email, role = canonical });
            return Outcome.Done;
        }, cancellationToken);
    }
}
