using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Conflicts of interest between judges and teams: declared by the judge (a team, or an organisation), or detected
/// (the judge's organisation, or e-mail domain, is a team member's). A conflicted judge never sees the team and never
/// counts for it, except that a conflict found after the judge scored the team waits for an organiser's decision
/// (<see cref="ConflictRules"/>, <see cref="ConflictDecisions"/>).
/// </summary>
public sealed class ConflictFinder(AppDbContext db)
{
    /// <summary>Domains shared by the public, which say nothing about where someone works or studies.</summary>
    private static readonly HashSet<string> PublicDomains =
        ["gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com", "live.com", "protonmail.com", "zoho.com"];

    public sealed record Conflict(string JudgeUserId, int TeamId, string Reason, ConflictState State = ConflictState.Applies)
    {
        public bool Applies => State == ConflictState.Applies;
    }

    /// <summary>Every conflict of the edition with its state (<see cref="ConflictRules"/>), pending and dismissed ones included.</summary>
    public async Task<IReadOnlyList<Conflict>> ForEditionAsync(string editionId, CancellationToken cancellationToken)
    {
        var judges = await db.StaffMembers.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.UserId != null && (s.Body == StaffBody.Jury || s.Body == StaffBody.Council))
            .Select(s => new { UserId = s.UserId!, s.Organisation, s.Email }).ToListAsync(cancellationToken);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.EditionId == editionId)
            .Join(db.Profiles, m => m.UserId, p => p.UserId, (m, p) => new { m.TeamId, p.OrganisationKey, p.Email }).ToListAsync(cancellationToken);
        var declared = await db.DeclaredConflicts.AsNoTracking().Where(c => c.EditionId == editionId).ToListAsync(cancellationToken);
        var decisions = await db.ConflictDecisions.AsNoTracking().Where(c => c.EditionId == editionId)
            .ToDictionaryAsync(c => (c.JudgeUserId, c.TeamId), cancellationToken);
        var scored = (await db.ScoreSheets.AsNoTracking().Where(s => s.EditionId == editionId).Select(s => new { s.JudgeUserId, s.TeamId }).Distinct()
            .ToListAsync(cancellationToken)).Select(s => (s.JudgeUserId, s.TeamId)).ToHashSet();

        var conflicts = new List<Conflict>();
        foreach (var judge in judges)
        {
            var organisation = VietnameseText.Fold(judge.Organisation);
            var domain = DomainOf(judge.Email);
            foreach (var team in members.GroupBy(m => m.TeamId))
            {
                var declaration = declared.FirstOrDefault(d => d.JudgeUserId == judge.UserId && (d.TeamId == team.Key
                    || (d.OrganisationKey.Length > 0 && team.Any(m => m.OrganisationKey == d.OrganisationKey))));
                var found = declaration is not null ? "declared: " + declaration.Reason
                    : organisation.Length > 0 && team.Any(m => m.OrganisationKey == organisation) ? "organisation: " + judge.Organisation
                    : domain is not null && team.Any(m => DomainOf(m.Email) == domain) ? "e-mail domain: " + domain
                    : null;
                if (found is not null)
                {
                    var state = ConflictRules.StateOf(declaration is not null, decisions.GetValueOrDefault((judge.UserId, team.Key)), scored.Contains((judge.UserId, team.Key)));
                    conflicts.Add(new Conflict(judge.UserId, team.Key, found, state));
                }
            }
        }

        return conflicts;
    }

    /// <summary>The judge-and-team pairs kept apart now: conflicts that apply (not those pending or dismissed).</summary>
    public async Task<HashSet<(string JudgeId, int EntryId)>> PairsAsync(string editionId, CancellationToken cancellationToken) =>
        [.. (await ForEditionAsync(editionId, cancellationToken)).Where(c => c.Applies).Select(c => (c.JudgeUserId, c.TeamId))];

    private static string? DomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        var domain = at < 0 ? null : email![(at + 1)..].Trim().ToLowerInvariant();
        return domain is null || PublicDomains.Contains(domain) ? null : domain;
    }
}
