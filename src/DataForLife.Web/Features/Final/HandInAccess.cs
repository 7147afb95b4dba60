using DataForLife.Web.Data;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// Finds a finalist team's hand-in for one of its members, or for organisers and the jury. Anyone else, and any team
/// that is not a finalist, is told it does not exist.
/// </summary>
public sealed class HandInAccess(AppDbContext db, EditionStore editions, Finalists finalists, FinalClock clock)
{
    public async Task<HandInContext?> ForMemberAsync(string userId, int teamId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId && t.Members.Any(m => m.UserId == userId), cancellationToken);
        return team is null ? null : await LoadAsync(team, cancellationToken);
    }

    /// <summary>The finalist team the person belongs to in the current edition.</summary>
    public async Task<HandInContext?> CurrentOfMemberAsync(string userId, CancellationToken cancellationToken)
    {
        var editionId = await editions.CurrentIdAsync(cancellationToken);
        var teamId = await db.TeamMembers.Where(m => m.UserId == userId && m.EditionId == editionId).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
        return teamId is null ? null : await ForMemberAsync(userId, teamId.Value, cancellationToken);
    }

    public async Task<HandInContext?> ForOrganiserAsync(int teamId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        return team is null ? null : await LoadAsync(team, cancellationToken);
    }

    private async Task<HandInContext?> LoadAsync(Domain.Registration.Team team, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(team.EditionId, cancellationToken) is not { } edition || !await finalists.IsFinalistAsync(edition, team.Id, cancellationToken))
        {
            return null;
        }

        var handIn = await db.HandIns.FirstOrDefaultAsync(h => h.TeamId == team.Id, cancellationToken) ?? HandIn.Open(team.Id, team.EditionId);
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.TeamId == team.Id, cancellationToken) ?? Dossier.Open(team.Id, team.EditionId);
        return new HandInContext(edition, team, handIn, dossier, await clock.RunAsync(edition.Id, cancellationToken));
    }
}
