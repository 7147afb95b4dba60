using System.Security.Cryptography;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>Draws the finalists' pitch order by lot, once, keeping the seed so anyone can draw it again.</summary>
public sealed class PitchOrders(AppDbContext db, RoundEntries entries, AuditLog audit, TimeProvider clock)
{
    public async Task<PitchOrder?> FindAsync(JudgingRound round, CancellationToken cancellationToken) =>
        await db.PitchOrders.AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == round.EditionId && p.RoundCode == round.Code, cancellationToken);

    public async Task<PitchOrder?> DrawAsync(JudgingRound round, string organiserId, CancellationToken cancellationToken)
    {
        if (await FindAsync(round, cancellationToken) is not null)
        {
            return null;
        }

        var teamIds = await entries.ForAsync(round, cancellationToken);
        var codes = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => t.PublicCode).ToListAsync(cancellationToken);
        if (codes.Count == 0)
        {
            return null;
        }

        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var order = new PitchOrder
        {
            EditionId = round.EditionId, RoundCode = round.Code, Seed = seed, Codes = string.Join(',', PitchDraw.Order(codes, seed)),
            DrawnByUserId = organiserId, DrawnAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PitchOrders.Add(order);
        audit.Record("round.pitch-order-drawn", "Round", round.Code, after: new { seed, order = order.Codes }, editionId: round.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return order;
    }
}
