using DataForLife.Web.Data;
using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>
/// Score sheets submitted out of those due, per round and per judge. The first round (thousands of dossiers, each
/// given to its reviewers) is counted by grouped queries over its assignments; the later rounds judge at most their
/// predecessor's quota, and are counted by the rule the round's own progress page uses.
/// </summary>
public sealed class JudgingFigures(AppDbContext db, JudgingContext context, JudgeDirectory judges, RoundRankingService rankings, RoundEntries entries,
    IStringLocalizer<SharedResource> l)
{
    public sealed record JudgingCharts(Chart Rounds, Chart Judges);

    public async Task<JudgingCharts> ForAsync(Edition edition, CancellationToken cancellationToken)
    {
        var names = (await judges.ListAsync(edition.Id, cancellationToken)).DistinctBy(j => j.UserId).ToDictionary(j => j.UserId, j => j.Name, StringComparer.Ordinal);
        var roundRows = new List<ChartRow>();
        var judgeRows = new List<ChartRow>();
        foreach (var round in await context.RoundsAsync(edition.Id, cancellationToken))
        {
            var perJudge = round.IsFirst ? await FirstRoundAsync(round, cancellationToken) : await LaterRoundAsync(round, cancellationToken);
            roundRows.Add(new ChartRow(round.Round.Name.Current, [perJudge.Sum(p => p.Submitted), perJudge.Sum(p => p.Due)]));
            judgeRows.AddRange(perJudge.OrderBy(p => names.GetValueOrDefault(p.JudgeId, p.JudgeId), StringComparer.Ordinal)
                .Select(p => new ChartRow($"{names.GetValueOrDefault(p.JudgeId, p.JudgeId)} · {round.Code}", [p.Submitted, p.Due])));
        }

        var series = new[] { l["Dashboard.SheetsSubmitted"].Value, l["Dashboard.SheetsDue"].Value };
        return new JudgingCharts(
            new Chart("rounds", l["Dashboard.JudgingRounds"], l["Dashboard.Round"], series, roundRows, ChartShape.Progress),
            new Chart("judges", l["Dashboard.JudgingJudges"], l["Dashboard.Judge"], series, judgeRows, ChartShape.Progress));
    }

    private sealed record JudgeCount(string JudgeId, long Submitted, long Due);

    private async Task<IReadOnlyList<JudgeCount>> FirstRoundAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var due = await db.Assignments.AsNoTracking().Where(a => a.EditionId == round.EditionId && a.RoundCode == round.Code)
            .GroupBy(a => a.JudgeUserId).Select(g => new { Judge = g.Key, Due = g.LongCount() }).ToListAsync(cancellationToken);
        // Only sheets for an entry the judge was given count, as on the round's progress page.
        var submitted = await (from s in db.ScoreSheets.AsNoTracking()
                               where s.EditionId == round.EditionId && s.RoundCode == round.Code && s.Status == SheetStatus.Submitted
                               join a in db.Assignments.AsNoTracking() on new { s.EditionId, s.RoundCode, s.TeamId, s.JudgeUserId }
                                   equals new { a.EditionId, a.RoundCode, a.TeamId, a.JudgeUserId }
                               group s by s.JudgeUserId into g
                               select new { Judge = g.Key, Submitted = g.LongCount() }).ToDictionaryAsync(g => g.Judge, g => g.Submitted, cancellationToken);
        return [.. due.Select(d => new JudgeCount(d.Judge, submitted.GetValueOrDefault(d.Judge), d.Due))];
    }

    private async Task<IReadOnlyList<JudgeCount>> LaterRoundAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        // Until the previous round is published the round has no entries, so no judge has anything due: no need to ask each.
        if (await entries.AdvancingFromAsync(round.EditionId, round.Previous!.Code, round.Previous.Quota, cancellationToken) is not { Count: > 0 })
        {
            return [];
        }

        return [.. (await rankings.ProgressAsync(round, cancellationToken)).Select(p => new JudgeCount(p.Judge.UserId, p.Submitted, p.Assigned))];
    }
}
