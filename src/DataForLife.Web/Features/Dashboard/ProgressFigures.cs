using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>How far the edition has come: dossiers against their deadline, votes per day, the final's check-in and hand-ins. Grouped queries only.</summary>
public sealed class ProgressFigures(AppDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    /// <summary>Minutes Viet Nam is ahead of UTC: a vote's minute plus this, divided by a day's minutes, is its Viet Nam day.</summary>
    private const int VietnamOffsetMinutes = 7 * 60;

    public async Task<Chart> DossiersAsync(Edition edition, CancellationToken cancellationToken)
    {
        var states = await (from t in db.Teams.AsNoTracking()
                            where t.EditionId == edition.Id
                            join d in db.Dossiers.AsNoTracking() on t.Id equals d.TeamId into dossiers
                            from d in dossiers.DefaultIfEmpty()
                            group t by new
                            {
                                Submitted = d != null && d.SubmittedVersion != null,
                                Started = d != null && d.LatestVersion > 0,
                                Extended = d != null && d.ExtendedUntilUtc != null,
                            } into g
                            select new { g.Key.Submitted, g.Key.Started, g.Key.Extended, Teams = g.LongCount() }).ToListAsync(cancellationToken);
        var rows = new List<ChartRow>
        {
            new(l["Dashboard.DossierSubmitted"], [states.Where(s => s.Submitted).Sum(s => s.Teams)]),
            new(l["Dashboard.DossierDraft"], [states.Where(s => s.Started && !s.Submitted).Sum(s => s.Teams)]),
            new(l["Dashboard.DossierNone"], [states.Where(s => !s.Started && !s.Submitted).Sum(s => s.Teams)]),
        };
        var extended = states.Where(s => s.Extended).Sum(s => s.Teams);
        var note = edition.Definition.FindPhase(DossierAccess.PhaseCode) is { } window
            ? l[window.EndsAt <= clock.GetUtcNow() ? "Dashboard.DossiersClosed" : "Dashboard.DossiersOpen", VietnamTime.Format(window.EndsAt), extended].Value
            : string.Empty;
        return new Chart("dossiers", l["Dashboard.Dossiers"], l["Dashboard.DossierState"], [l["Dashboard.Teams"]], rows, ChartShape.Bars) { Note = note };
    }

    public async Task<Chart> VotesAsync(Edition edition, CancellationToken cancellationToken)
    {
        var days = await db.Votes.AsNoTracking().Where(v => v.EditionId == edition.Id)
            .GroupBy(v => new { Day = (v.Minute + VietnamOffsetMinutes) / (24 * 60), Counted = v.QuarantineId == null })
            .Select(g => new { g.Key.Day, g.Key.Counted, Votes = g.LongCount() }).ToListAsync(cancellationToken);
        var rows = days.GroupBy(d => d.Day).OrderBy(g => g.Key)
            .Select(g => new ChartRow(DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + g.Key).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                [g.Where(d => d.Counted).Sum(d => d.Votes), g.Where(d => !d.Counted).Sum(d => d.Votes)]))
            .ToList();
        var note = edition.Definition.FindPhase(edition.Definition.Voting.PhaseCode) is { } window
            ? l["Dashboard.VotesNote", VietnamTime.Format(window.StartsAt), VietnamTime.Format(window.EndsAt)].Value
            : string.Empty;
        return new Chart("votes", l["Dashboard.Votes"], l["Dashboard.Day"], [l["Dashboard.VotesCounted"], l["Dashboard.VotesQuarantined"]], rows, ChartShape.Columns)
        {
            Note = note,
        };
    }

    public async Task<Chart> FinalAsync(Edition edition, CancellationToken cancellationToken)
    {
        var tickets = await db.FinalTickets.AsNoTracking().Where(t => t.EditionId == edition.Id)
            .GroupBy(t => t.CheckedInAtUtc != null).Select(g => new { CheckedIn = g.Key, People = g.LongCount() }).ToListAsync(cancellationToken);
        var finalists = await db.FinalTickets.AsNoTracking().Where(t => t.EditionId == edition.Id).Select(t => t.TeamId).Distinct().LongCountAsync(cancellationToken);
        var handedIn = await db.HandIns.AsNoTracking().Where(h => h.EditionId == edition.Id && h.LatestVersion > 0).LongCountAsync(cancellationToken);
        var rows = new List<ChartRow>
        {
            new(l["Dashboard.CheckedIn"], [tickets.Where(t => t.CheckedIn).Sum(t => t.People), tickets.Sum(t => t.People)]),
            new(l["Dashboard.HandedIn"], [handedIn, finalists]),
        };
        return new Chart("final", l["Dashboard.Final"], l["Dashboard.Step"], [l["Dashboard.Done"], l["Dashboard.Expected"]], rows, ChartShape.Progress)
        {
            Note = l["Dashboard.FinalNote"],
        };
    }
}
