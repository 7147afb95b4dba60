using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>
/// Applies <see cref="EligibilityRules"/> to people and teams, and keeps the stored statuses current when a profile,
/// a team or the roster changes (a judge added to the roster later flags the team they are in).
/// </summary>
public sealed class EligibilityService(AppDbContext db, AuditLog audit)
{
    public async Task<EligibilityResult> EvaluateAsync(string userId, string editionId, CancellationToken cancellationToken = default)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var roster = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == editionId).ToListAsync(cancellationToken);
        return EligibilityRules.Evaluate(profile, email, roster);
    }

    /// <summary>Recomputes the given teams of an edition (all of them when none are named) and saves any change.</summary>
    public async Task RecomputeAsync(string editionId, IReadOnlyCollection<int>? teamIds = null, CancellationToken cancellationToken = default)
    {
        var query = db.Teams.Include(t => t.Members).Where(t => t.EditionId == editionId);
        if (teamIds is not null)
        {
            query = query.Where(t => teamIds.Contains(t.Id));
        }

        var teams = await query.ToListAsync(cancellationToken);
        var userIds = teams.SelectMany(t => t.Members).Select(m => m.UserId).Distinct().ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? string.Empty, cancellationToken);
        var roster = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == editionId).ToListAsync(cancellationToken);

        foreach (var team in teams)
        {
            var before = team.Status;
            foreach (var member in team.Members)
            {
                member.Apply(EligibilityRules.Evaluate(profiles.GetValueOrDefault(member.UserId), emails.GetValueOrDefault(member.UserId, string.Empty), roster));
            }

            team.RefreshStatus();
            if (team.Status != before)
            {
                audit.Record("team.eligibility-changed", nameof(Team), team.PublicCode, before.ToString(), team.Status.ToString(), editionId);
            }
        }

        await audit.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An organiser sets (or, with a null status, clears) a team's status, with a written reason.</summary>
    public async Task<bool> OverrideAsync(int teamId, EligibilityStatus? status, string? reason, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return false;
        }

        var before = new { status = team.Status.ToString(), overrideStatus = team.OverrideStatus?.ToString(), team.OverrideReason };
        team.Override(status, reason, nowUtc);
        audit.Record(status is null ? "team.override-cleared" : "team.overridden", nameof(Team), team.PublicCode, before,
            new { status = team.Status.ToString(), overrideStatus = team.OverrideStatus?.ToString() }, team.EditionId, reason);
        await audit.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Recomputes every team the person belongs to, after their profile changed.</summary>
    public async Task RecomputeForPersonAsync(string userId, CancellationToken cancellationToken = default)
    {
        var memberships = await db.TeamMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.EditionId, m.TeamId }).ToListAsync(cancellationToken);
        foreach (var membership in memberships)
        {
            await RecomputeAsync(membership.EditionId, [membership.TeamId], cancellationToken);
        }
    }
}
