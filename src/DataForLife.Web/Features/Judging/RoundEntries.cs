using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Which teams a round judges: in the first round every team that may enter and submitted a dossier before its
/// deadline; in every later round the teams the previous round published as advancing.
/// </summary>
public sealed class RoundEntries(AppDbContext db)
{
    public async Task<IReadOnlyList<int>> ForAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        if (round.IsFirst)
        {
            var deadline = round.Edition.Definition.FindPhase(Submissions.DossierAccess.PhaseCode)?.EndsAt.UtcDateTime ?? DateTime.MaxValue;
            return await db.Teams.AsNoTracking()
                .Where(t => t.EditionId == round.EditionId && t.Status != EligibilityStatus.NotEligible)
                .Where(t => db.Dossiers.Any(d => d.TeamId == t.Id && db.DossierVersions.Any(v => v.DossierId == d.Id && v.IsSubmission
                    && v.SavedAtUtc < (d.ExtendedUntilUtc != null && d.ExtendedUntilUtc > deadline ? d.ExtendedUntilUtc : deadline))))
                .OrderBy(t => t.Sequence).Select(t => t.Id).ToListAsync(cancellationToken);
        }

        return await AdvancingFromAsync(round.EditionId, round.Previous!.Code, round.Previous.Quota, cancellationToken) ?? [];
    }

    /// <summary>The first <paramref name="quota"/> teams of a published round, or null while it is unpublished.</summary>
    public async Task<IReadOnlyList<int>?> AdvancingFromAsync(string editionId, string roundCode, int quota, CancellationToken cancellationToken)
    {
        var published = await db.RoundPublications.AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == editionId && p.RoundCode == roundCode, cancellationToken);
        return published is null ? null : [.. Standings(published.StandingsJson).Take(quota).Select(s => s.EntryId)];
    }

    public static IReadOnlyList<Domain.Judging.EntryStanding> Standings(string json) =>
        JsonSerializer.Deserialize<List<Domain.Judging.EntryStanding>>(json) ?? [];
}
