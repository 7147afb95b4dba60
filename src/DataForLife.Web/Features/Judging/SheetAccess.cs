using System.Security.Claims;
using DataForLife.Web.Domain.Accounts;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Who may read another judge's individual sheet (criterion scores and notes): organisers and the steering committee,
/// once the round has closed, never before, so that no one can lean on a judge while the round is open. The same rule
/// for the API, the round page and its export. A judge reads their own sheet while the entry is theirs.
/// </summary>
public static class SheetAccess
{
    public static bool MayReadOthers(ClaimsPrincipal user, JudgingRound round, DateTimeOffset now) =>
        round.IsClosedAt(now) && (user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.Observer));
}
