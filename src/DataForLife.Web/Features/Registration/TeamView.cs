using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>
/// A team as its members and the organisers read it: members by name with their status, open invitations, and the
/// invitations that ended without a member (declined or expired; the latest ten, none for an address invited again).
/// </summary>
public sealed record TeamView(Team Team, IReadOnlyList<TeamView.MemberLine> Members, IReadOnlyList<Invitation> PendingInvitations,
    IReadOnlyList<Invitation> EndedInvitations)
{
    public const int EndedShown = 10;

    public sealed record MemberLine(TeamMember Member, string Name, string Email, Profile? Profile);

    public static async Task<TeamView?> LoadAsync(AppDbContext db, int teamId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return null;
        }

        var ids = team.Members.Select(m => m.UserId).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var profiles = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var members = team.Members
            .OrderByDescending(m => m.IsLeader).ThenBy(m => m.JoinedAtUtc)
            .Select(m => new MemberLine(m, profiles.GetValueOrDefault(m.UserId)?.FullName ?? users[m.UserId].DisplayName,
                users[m.UserId].Email ?? string.Empty, profiles.GetValueOrDefault(m.UserId)))
            .ToList();
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.TeamId == teamId && i.State == InvitationState.Pending && i.ExpiresAtUtc > nowUtc)
            .OrderBy(i => i.CreatedAtUtc).ToListAsync(cancellationToken);
        var invited = invitations.Select(i => i.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var memberEmails = members.Select(m => m.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ended = (await db.Invitations.AsNoTracking()
                .Where(i => i.TeamId == teamId && (i.State == InvitationState.Declined || (i.State == InvitationState.Pending && i.ExpiresAtUtc <= nowUtc)))
                .ToListAsync(cancellationToken))
            .Where(i => !invited.Contains(i.Email) && !memberEmails.Contains(i.Email))
            .OrderByDescending(i => i.RespondedAtUtc ?? i.ExpiresAtUtc).Take(EndedShown).ToList();
        return new TeamView(team, members, invitations, ended);
    }
}
