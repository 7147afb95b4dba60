using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Accounts;
using DataForLife.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Gives every judge on the roster (jury, expert council) an account with the Judge role, found by e-mail or created
/// with a link to choose a password; the roster entry keeps the account it belongs to.
/// </summary>
public sealed class JudgeAccounts(AppDbContext db, UserManager<AppUser> users, EmailOutbox outbox, AccountMail links,
    IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<int> SyncAsync(string editionId, CancellationToken cancellationToken = default)
    {
        var staff = await db.StaffMembers.Where(s => s.EditionId == editionId && s.UserId == null && s.Email != null
            && (s.Body == StaffBody.Jury || s.Body == StaffBody.Council)).ToListAsync(cancellationToken);
        foreach (var member in staff)
        {
            var user = await users.FindByEmailAsync(member.Email!);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = member.Email, Email = member.Email, EmailConfirmed = true, DisplayName = member.FullName,
                    CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                if (!(await users.CreateAsync(user)).Succeeded)
                {
                    continue;
                }

                var token = AccountMail.Encode(await users.GeneratePasswordResetTokenAsync(user));
                var link = links.Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
                outbox.Enqueue(user.Email!, l["Mail.Judge.Subject"], l["Mail.Judge.Text", member.FullName, l["Body." + member.Body].Value, link]);
            }

            if (!await users.IsInRoleAsync(user, Roles.Judge))
            {
                await users.AddToRoleAsync(user, Roles.Judge);
                await users.UpdateSecurityStampAsync(user);
            }

            member.UserId = user.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return staff.Count;
    }
}
