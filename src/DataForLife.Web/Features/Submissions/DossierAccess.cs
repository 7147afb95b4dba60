using DataForLife.Web.Data;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Finds a dossier for a member of its team (or for organisers). Anyone else is told it does not exist, so a member
/// of another team learns nothing, not even that the team has a dossier.
/// </summary>
public sealed class DossierAccess(AppDbContext db, EditionStore editions)
{
    public const string PhaseCode = "submission";

    public async Task<DossierContext?> ForMemberAsync(string userId, int teamId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId && t.Members.Any(m => m.UserId == userId), cancellationToken);
        return team is null ? null : await LoadAsync(team, userId, cancellationToken);
    }

    public async Task<DossierContext?> ForOrganiserAsync(int teamId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        return team is null ? null : await LoadAsync(team, null, cancellationToken);
    }

    /// <summary>The team the person belongs to in the current edition, if any.</summary>
    public async Task<int?> CurrentTeamIdAsync(string userId, CancellationToken cancellationToken)
    {
        var editionId = await editions.CurrentIdAsync(cancellationToken);
        return await db.TeamMembers.Where(m => m.UserId == userId && m.EditionId == editionId).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<DossierContext?> LoadAsync(Domain.Registration.Team team, string? userId, CancellationToken cancellationToken)
    {
        var edition = await editions.FindAsync(team.EditionId, cancellationToken);
        var phase = edition?.Definition.FindPhase(PhaseCode);
        if (edition is null || phase is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.TeamId == team.Id, cancellationToken) ?? Dossier.Open(team.Id, team.EditionId);
        return new DossierContext(team, edition, dossier, phase.StartsAt.UtcDateTime, dossier.DeadlineUtc(phase.EndsAt.UtcDateTime),
            userId is not null && team.Members.Any(m => m.UserId == userId && m.IsLeader));
    }
}
