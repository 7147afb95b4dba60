using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Final;
using DataForLife.Web.Features.Roster;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// Reads what <see cref="MentorMatching"/> needs from the database: the finalists (categories, the topics of the data
/// sets their dossiers use, their members' organisations), the mentors on the roster, and which mentors judge which team
/// (the same person on the jury judges every finalist; on the expert council, the teams they reviewed).
/// </summary>
public sealed class MentorProposals(AppDbContext db, Finalists finalists)
{
    public sealed record Situation(IReadOnlyList<FinalistProfile> Teams, IReadOnlyList<StaffMember> Mentors, IReadOnlySet<(int StaffId, int TeamId)> Judges,
        IReadOnlyDictionary<int, int> Confirmed, IReadOnlyList<MentorProposal> Proposals)
    {
        public MentorCandidate Candidate(StaffMember mentor) => MentorProposals.Candidate(mentor);
    }

    /// <summary>Null while the finalists are not published.</summary>
    public async Task<Situation?> ForAsync(Edition edition, CancellationToken cancellationToken)
    {
        if (await finalists.TeamIdsAsync(edition, cancellationToken) is not { } teamIds)
        {
            return null;
        }

        var roster = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == edition.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var mentors = roster.Where(s => s.Body == StaffBody.Mentors).ToList();
        var teams = await ProfilesAsync(edition.Id, teamIds, cancellationToken);
        var judges = await JudgePairsAsync(edition.Id, roster, mentors, teamIds, cancellationToken);
        var confirmed = await db.MentorAssignments.AsNoTracking().Where(a => a.EditionId == edition.Id).ToDictionaryAsync(a => a.TeamId, a => a.StaffMemberId, cancellationToken);
        // A mentor with no e-mail could not be told, so is not proposed (organisers may still choose them once it is added).
        var proposals = MentorMatching.Propose(teams, [.. mentors.Where(m => m.Email is not null).Select(Candidate)], judges, confirmed);
        return new Situation(teams, mentors, judges, confirmed, proposals);
    }

    public static MentorCandidate Candidate(StaffMember mentor) =>
        new(mentor.Id, mentor.ExpertiseTags, mentor.MentorCapacity, VietnameseText.Fold(mentor.Organisation));

    private async Task<List<FinalistProfile>> ProfilesAsync(string editionId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => teamIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var userIds = teams.SelectMany(t => t.Members).Select(m => m.UserId).ToList();
        var organisations = await db.Profiles.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.OrganisationKey, cancellationToken);
        var topics = await (from link in db.DossierDataSets
                            join dossier in db.Dossiers on link.DossierId equals dossier.Id
                            join set in db.Set<DataSet>() on link.DataSetId equals set.Id
                            where dossier.EditionId == editionId && teamIds.Contains(dossier.TeamId)
                            select new { dossier.TeamId, set.Topics }).ToListAsync(cancellationToken);
        return [.. teamIds.Select(id => teams.First(t => t.Id == id)).Select(t => new FinalistProfile(t.Id, t.CategoryCodes.ToHashSet(StringComparer.Ordinal),
            [.. topics.Where(x => x.TeamId == t.Id).SelectMany(x => x.Topics.Split(',', StringSplitOptions.RemoveEmptyEntries))],
            t.Members.Select(m => organisations.GetValueOrDefault(m.UserId) ?? string.Empty).Where(o => o.Length > 0).ToHashSet(StringComparer.Ordinal)))];
    }

    private async Task<HashSet<(int, int)>> JudgePairsAsync(string editionId, List<StaffMember> roster, List<StaffMember> mentors, IReadOnlyList<int> teamIds,
        CancellationToken cancellationToken)
    {
        var pairs = new HashSet<(int, int)>();
        var reviews = await db.Assignments.AsNoTracking().Where(a => a.EditionId == editionId && teamIds.Contains(a.TeamId))
            .Select(a => new { a.JudgeUserId, a.TeamId }).ToListAsync(cancellationToken);
        foreach (var mentor in mentors)
        {
            foreach (var judge in roster.Where(s => s.Judges && s.Id != mentor.Id && (StaffRules.SamePerson(s, mentor) || (mentor.UserId is not null && s.UserId == mentor.UserId))))
            {
                var judged = judge.Body == StaffBody.Jury ? teamIds : reviews.Where(r => r.JudgeUserId == judge.UserId).Select(r => r.TeamId);
                foreach (var team in judged)
                {
                    pairs.Add((mentor.Id, team));
                }
            }
        }

        return pairs;
    }
}
