using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Certificates;
using DataForLife.Web.Features.Judging;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// Writes the final's awards when it is published (team, place, prize, amount, from <see cref="AwardAssignment"/>) and
/// issues the certificates they carry, in the publication's own transaction: what was published and what was awarded
/// never differ.
/// </summary>
public sealed class AwardBook(AppDbContext db, CertificateIssuer certificates, TimeProvider clock)
{
    /// <summary>Adds the awards and certificates to the unit of work; null when an open tie at a prize line forbids it.</summary>
    public async Task<IReadOnlyList<Award>?> RecordAsync(JudgingRound final, RoundRanking ranking, CancellationToken cancellationToken)
    {
        if (AwardAssignment.Assign(ranking.Standings, final.Edition.Definition.Prizes) is not AwardOutcome.Assigned assigned)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var awards = assigned.Awards.Select(a => new Award
        {
            EditionId = final.EditionId, TeamId = a.EntryId, Rank = a.Rank, PrizeCode = a.Prize.Code, PrizeNameVi = a.Prize.Name.Vi,
            PrizeNameEn = a.Prize.Name.En, AmountVnd = a.Prize.AmountVnd, AwardedAtUtc = now,
        }).ToList();
        db.Awards.AddRange(awards);
        await certificates.IssueAsync(final, ranking.Standings.Select(s => s.EntryId).ToList(), awards, cancellationToken);
        return awards;
    }
}
