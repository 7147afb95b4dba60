using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// Gives a confirmed mentor an account with the Mentor role, found by the roster's e-mail or created; a new account
/// comes with a link to choose a password, which the confirmation e-mail carries.
/// </summary>
public sealed class MentorAccounts(AppDbContext db, UserManager<AppUser> users, AccountMail links, TimeProvider clock)
{
    /// <returns>The account's id and, for a new account, the link to choose a password; null when the account could not be made.</returns>
    public async Task<(string UserId, string? PasswordLink)?> EnsureAsync(StaffMember mentor)
    {
        var tracked = await db.StaffMembers.FindAsync(mentor.Id);
        if (tracked?.Email is null)
        {
            return null;
        }

        string? link = null;
        var user = await users.FindByEmailAsync(tracked.Email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = tracked.Email, Email = tracked.Email, EmailConfirmed = true, DisplayName = tracked.FullName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            if (!(await users.CreateAsync(user)).Succeeded)
            {
                return null;
            }

            var token = AccountMail.Encode(await users.GeneratePasswordResetTokenAsync(user));
            link = links.Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        }

        if (!await users.IsInRoleAsync(user, Roles.Mentor))
        {
            await users.AddToRoleAsync(user, Roles.Mentor);
        }

        tracked.UserId = user.Id;
        return (user.Id, link);
    }
}
