using System.Security.Claims;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>Who sees a leaderboard: everyone when the edition makes it public, organisers and observers always.</summary>
public static class LeaderboardAccess
{
    public static bool CanSee(Edition edition, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(user);
        return edition.Definition.Catalogue.PublicLeaderboard || user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.Observer);
    }
}
