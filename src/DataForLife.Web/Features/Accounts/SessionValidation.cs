using System.Security.Claims;
using DataForLife.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Checks every signed-in request against the database, in place of Identity's half-hourly check: a session whose
/// security stamp is no longer the account's ends at once (a change of roles, password, second factor or e-mail
/// changes the stamp), and the roles the request acts with are the account's roles now, not those it signed in with.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        var db = services.GetRequiredService<AppDbContext>();
        var current = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || stamp is null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var identity = principal!.Identities.First();
        var fresh = new ClaimsIdentity(identity.Claims.Where(c => c.Type != claims.RoleClaimType), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        fresh.AddClaims(current.Roles.OfType<string>().Select(role => new Claim(claims.RoleClaimType, role)));
        context.ReplacePrincipal(new ClaimsPrincipal(fresh));
    }
}
