using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// A judge saves or submits a score sheet: only for an entry assigned to them and free of conflict, only while the
/// round is open and not yet published (a published ranking is never changed by a late sheet), only with scores
/// within each criterion's scale. Every save goes to the audit log.
/// </summary>
public sealed class ScoringCommands(AppDbContext db, JudgeAssignments assignments, AuditLog audit, Infrastructure.CriticalSections sections, TimeProvider clock)
{
    public enum Outcome
    {
        Saved,
        NotFound,
        Closed,
        Invalid,

        /// <summary>The same sheet was saved by another request at the same moment; nothing of this one was kept.</summary>
        Conflict,
    }

    public async Task<(Outcome Outcome, IReadOnlyList<FieldError> Errors)> SaveAsync(JudgingRound round, string judgeUserId, int teamId,
        IReadOnlyDictionary<string, double?> scores, string? notes, bool submit, CancellationToken cancellationToken = default)
    {
        if (!await assignments.IsAssignedAsync(round, judgeUserId, teamId, cancellationToken))
        {
            return (Outcome.NotFound, []);
        }

        if (!round.IsOpenAt(clock.GetUtcNow()))
        {
            return (Outcome.Closed, [new FieldError(string.Empty, "Scoring.Closed")]);
        }

        if (await db.RoundPublications.AnyAsync(p => p.EditionId == round.EditionId && p.RoundCode == round.Code, cancellationToken))
        {
            return (Outcome.Closed, [new FieldError(string.Empty, "Scoring.Published")]);
        }

        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && s.TeamId == teamId && s.JudgeUserId == judgeUserId, cancellationToken);

        // A submitted sheet counts in the ranking, so it stays complete: saving it again needs every criterion too.
        var mustBeComplete = submit || sheet?.Status == SheetStatus.Submitted;
        var errors = new List<FieldError>();
        var given = new Dictionary<string, double>();
        foreach (var criterion in round.Round.Criteria)
        {
            var value = scores.GetValueOrDefault(criterion.Code);
            if (value is null)
            {
                if (mustBeComplete)
                {
                    errors.Add(new FieldError(criterion.Code, "Scoring.Missing", criterion.Name.Current));
                }
            }
            else if (!double.IsFinite(value.Value) || value < 0 || value > criterion.ScaleMax)
            {
                errors.Add(new FieldError(criterion.Code, "Scoring.OutOfScale", criterion.Name.Current, criterion.ScaleMax));
            }
            else
            {
                given[criterion.Code] = value.Value;
            }
        }

        if (scores.Keys.Any(k => round.Round.Criteria.All(c => c.Code != k)))
        {
            errors.Add(new FieldError(string.Empty, "Scoring.UnknownCriterion"));
        }

        if ((notes?.Length ?? 0) > 8000)
        {
            errors.Add(new FieldError("Notes", "Scoring.NotesTooLong"));
        }

        if (errors.Count > 0)
        {
            return (Outcome.Invalid, errors);
        }

        var loadedVersion = sheet?.Version;
        if (sheet is null)
        {
            sheet = ScoreSheet.Open(round.EditionId, round.Code, teamId, judgeUserId);
            db.ScoreSheets.Add(sheet);
        }

        sheet.Record(given, (notes ?? string.Empty).Trim(), submit, clock.GetUtcNow().UtcDateTime);
        audit.Record(submit ? "score.submitted" : "score.saved", nameof(ScoreSheet), $"{round.Code}/{teamId}/{judgeUserId}", after: given, editionId: round.EditionId);
        try
        {
            // No lock: the sheet's version (or, for a first save, its unique index) decides between saves that read
            // the same sheet. The section is the stretch from that read to this save.
            await sections.ArrivedAsync("score.save", cancellationToken);
            await sections.InsideAsync("score.save", cancellationToken);
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves of one sheet meet the unique index, two later ones its version: the later request loses.
            // Anything else (the sheet unchanged by anyone) is a real failure, not a conflict to report as one.
            db.ChangeTracker.Clear();
            var stored = await db.ScoreSheets.AsNoTracking()
                .Where(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && s.TeamId == teamId && s.JudgeUserId == judgeUserId)
                .Select(s => (int?)s.Version).FirstOrDefaultAsync(cancellationToken);
            if (stored is null || stored == loadedVersion)
            {
                throw;
            }

            return (Outcome.Conflict, [new FieldError(string.Empty, "Scoring.Conflict")]);
        }

        return (Outcome.Saved, []);
    }
}
