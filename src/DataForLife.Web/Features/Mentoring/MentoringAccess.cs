using DataForLife.Web.Data;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// Finds a team's mentoring for the person asking. A mentor finds only the teams confirmed to them: any other team
/// does not exist for them (404), nor does a team for anyone outside it.
/// </summary>
public sealed class MentoringAccess(AppDbContext db, EditionStore editions)
{
    /// <summary>The teams confirmed to the mentor with this account, in the current edition.</summary>
    public async Task<IReadOnlyList<MentoringTeam>> TeamsOfMentorAsync(string userId, CancellationToken cancellationToken)
    {
        if (await editions.CurrentAsync(cancellationToken) is not { } edition)
        {
            return [];
        }

        var rows = await (from assignment in db.MentorAssignments
                          join staff in db.StaffMembers on assignment.StaffMemberId equals staff.Id
                          join team in db.Teams.Include(t => t.Members) on assignment.TeamId equals team.Id
                          where assignment.EditionId == edition.Id && staff.UserId == userId
                          orderby team.Sequence
                          select new { team, staff }).AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MentoringTeam(edition, r.team, r.staff, MentoringViewer.Mentor))];
    }

    public async Task<MentoringTeam?> ForMentorAsync(string userId, int teamId, CancellationToken cancellationToken) =>
        (await TeamsOfMentorAsync(userId, cancellationToken)).FirstOrDefault(t => t.Team.Id == teamId);

    /// <summary>The person's team in the current edition, with its mentor when one is confirmed.</summary>
    public async Task<MentoringTeam?> ForMemberAsync(string userId, CancellationToken cancellationToken)
    {
        if (await editions.CurrentAsync(cancellationToken) is not { } edition)
        {
            return null;
        }

        var team = await db.Teams.AsNoTracking().Include(t => t.Members)
            .FirstOrDefaultAsync(t => t.EditionId == edition.Id && t.Members.Any(m => m.UserId == userId), cancellationToken);
        return team is null ? null : new MentoringTeam(edition, team, await MentorOfAsync(team.Id, cancellationToken), MentoringViewer.Member);
    }

    public async Task<MentoringTeam?> ForOrganiserAsync(string editionId, int teamId, CancellationToken cancellationToken)
    {
        var edition = await editions.FindAsync(editionId, cancellationToken);
        var team = edition is null ? null
            : await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId && t.EditionId == editionId, cancellationToken);
        return team is null ? null : new MentoringTeam(edition!, team, await MentorOfAsync(teamId, cancellationToken), MentoringViewer.Organiser);
    }

    /// <summary>For organisers reading a file: the team in whichever edition it is.</summary>
    public async Task<MentoringTeam?> ForOrganiserAnyEditionAsync(int teamId, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.EditionId).FirstOrDefaultAsync(cancellationToken) is { } editionId
            ? await ForOrganiserAsync(editionId, teamId, cancellationToken)
            : null;

    private async Task<Domain.Roster.StaffMember?> MentorOfAsync(int teamId, CancellationToken cancellationToken) =>
        await (from assignment in db.MentorAssignments
               join staff in db.StaffMembers on assignment.StaffMemberId equals staff.Id
               where assignment.TeamId == teamId
               select staff).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
}
