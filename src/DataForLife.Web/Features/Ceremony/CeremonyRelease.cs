using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// The moment the final's results go public: at the ceremony's time, or when an organiser announces them now. The
/// letters go out then, once: the publication is marked under the audit log's lock, so two instances (or the sweep and
/// an organiser at once) never write them twice.
/// </summary>
public sealed class CeremonyRelease(AppDbContext db, JudgingContext context, RoundEntries entries, CeremonyLetters letters, AuditLog audit,
    EditionStore editions, TimeProvider clock)
{
    public enum Outcome
    {
        Announced,
        NotFound,
        FinalNotPublished,
        AlreadyPublic,
    }

    /// <summary>Brings the results' time forward to now and sends the letters; refused before the final is published or once public.</summary>
    public async Task<Outcome> AnnounceNowAsync(string editionId, CancellationToken cancellationToken)
    {
        var outcome = await audit.InTransactionAsync<Outcome?>(async ct =>
        {
            var edition = await db.Editions.FirstOrDefaultAsync(e => e.Id == editionId, ct);
            if (edition is null || edition.Definition.Rounds.Count == 0)
            {
                return Outcome.NotFound;
            }

            var final = edition.Definition.Rounds[^1].Code;
            var publication = await db.RoundPublications.FirstOrDefaultAsync(p => p.EditionId == editionId && p.RoundCode == final, ct);
            var now = clock.GetUtcNow();
            if (publication is null)
            {
                return Outcome.FinalNotPublished;
            }

            if (ResultsRelease.IsPublic(edition.Definition.Ceremony, true, now))
            {
                return Outcome.AlreadyPublic;
            }

            var before = edition.Definition.Ceremony.ResultsAt;
            edition.Replace(edition.Definition with { Ceremony = ResultsRelease.AnnouncedAt(edition.Definition.Ceremony, now) }, now.UtcDateTime);
            audit.Record("results.announced-now", "Edition", editionId, before: new { resultsAt = before }, after: new { resultsAt = now }, editionId: editionId);
            await db.SaveChangesAsync(ct);
            editions.Invalidate(editionId);
            await QueueLockedAsync(editionId, publication.Id, ct);
            return Outcome.Announced;
        }, cancellationToken);
        editions.Invalidate(editionId);
        return outcome!.Value;
    }

    /// <summary>Sends the letters of every final whose results have gone public since; returns how many finals it released.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.RoundPublications.AsNoTracking().Where(p => p.LettersQueuedAtUtc == null)
            .Select(p => new { p.Id, p.EditionId, p.RoundCode }).ToListAsync(cancellationToken);
        var released = 0;
        foreach (var publication in waiting)
        {
            var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == publication.EditionId, cancellationToken);
            if (edition is null || edition.Definition.Rounds.Count == 0 || edition.Definition.Rounds[^1].Code != publication.RoundCode
                || !ResultsRelease.IsPublic(edition.Definition.Ceremony, true, clock.GetUtcNow()))
            {
                continue;
            }

            if (await audit.InTransactionAsync<object?>(async ct => await QueueLockedAsync(publication.EditionId, publication.Id, ct) ? true : null, cancellationToken) is not null)
            {
                released++;
            }
        }

        return released;
    }

    /// <summary>Within the audit log's lock: marks the publication and queues the letters, unless another did already.</summary>
    public async Task<bool> QueueLockedAsync(string editionId, int publicationId, CancellationToken cancellationToken)
    {
        var publication = await db.RoundPublications.FirstAsync(p => p.Id == publicationId, cancellationToken);
        if (publication.LettersQueuedAtUtc is not null || await context.RoundAsync(editionId, publication.RoundCode, cancellationToken) is not { } final)
        {
            return false;
        }

        var finalists = await entries.ForAsync(final, cancellationToken);
        publication.LettersQueuedAtUtc = clock.GetUtcNow().UtcDateTime;
        var sent = await letters.QueueAsync(final, finalists, cancellationToken);
        audit.Record("results.released", "Round", final.Code, after: new { letters = sent }, editionId: editionId);
        return true;
    }
}
