using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// The final's 24 hours: an organiser starts them once, inside the final's window and once the finalists are known;
/// the mark is the start plus the edition's hours. The start is audit-logged; the database keeps one run per edition.
/// </summary>
public sealed class FinalClock(AppDbContext db, Finalists finalists, AuditLog audit, TimeProvider clock)
{
    public const string PhaseCode = "final";

    public enum StartOutcome
    {
        Started,
        AlreadyStarted,
        OutsideFinalWindow,
        NoFinalists,
    }

    public async Task<FinalRun?> RunAsync(string editionId, CancellationToken cancellationToken) =>
        await db.FinalRuns.AsNoTracking().FirstOrDefaultAsync(r => r.EditionId == editionId, cancellationToken);

    public async Task<FinalClockView> ViewAsync(string editionId, CancellationToken cancellationToken) =>
        FinalClockView.At(await RunAsync(editionId, cancellationToken), clock.GetUtcNow());

    public async Task<StartOutcome> StartAsync(Edition edition, string organiserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (edition.Definition.FindPhase(PhaseCode) is not { } window || !window.IsOpenAt(now))
        {
            return StartOutcome.OutsideFinalWindow;
        }

        if (await finalists.TeamIdsAsync(edition, cancellationToken) is not { Count: > 0 })
        {
            return StartOutcome.NoFinalists;
        }

        if (await db.FinalRuns.AnyAsync(r => r.EditionId == edition.Id, cancellationToken))
        {
            return StartOutcome.AlreadyStarted;
        }

        var run = FinalRun.Start(edition.Id, now.UtcDateTime, edition.Definition.Final.Duration, organiserId);
        db.FinalRuns.Add(run);
        audit.Record("final.started", nameof(Edition), edition.Id, after: new { startedAt = Domain.VietnamTime.Format(now), mark = Domain.VietnamTime.Format(new DateTimeOffset(run.EndsAtUtc, TimeSpan.Zero)) },
            editionId: edition.Id);
        try
        {
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two organisers pressed start at once: the edition's key let one run in; this one changed nothing.
            db.ChangeTracker.Clear();
            audit.Discard();
            return StartOutcome.AlreadyStarted;
        }

        return StartOutcome.Started;
    }
}
