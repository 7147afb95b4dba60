using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>Whether a person may download an entry's hosted files (<see cref="DownloadAudience"/>).</summary>
public sealed class DownloadAccess(AppDbContext db)
{
    private static readonly string[] StaffRoles = [Roles.Organizer, Roles.Observer, Roles.Judge, Roles.Mentor];

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string editionId, DownloadAudience audience, CancellationToken cancellationToken)
    {
        if (audience == DownloadAudience.Everyone)
        {
            return true;
        }

        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        return StaffRoles.Any(user.IsInRole) || await db.TeamMembers.AnyAsync(m => m.UserId == userId && m.EditionId == editionId, cancellationToken);
    }
}
