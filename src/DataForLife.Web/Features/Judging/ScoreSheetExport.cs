using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DataForLife.Web.Features.Judging;

/// <summary>A round's score sheets as an Excel workbook: one sheet ordered by judge, one by entry, every criterion a column.</summary>
public sealed class ScoreSheetExport(AppDbContext db, JudgeDirectory judges)
{
    public async Task WriteAsync(Stream output, JudgingRound round, CancellationToken cancellationToken)
    {
        var names = (await judges.ListAsync(round.EditionId, cancellationToken)).ToDictionary(j => j.UserId, j => j.Name);
        var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == round.EditionId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.EditionId == round.EditionId && s.RoundCode == round.Code).ToListAsync(cancellationToken);
        var rows = sheets.Select(s =>
        {
            var row = new Dictionary<string, object?>
            {
                ["judge"] = names.GetValueOrDefault(s.JudgeUserId, s.JudgeUserId),
                ["team"] = teams.TryGetValue(s.TeamId, out var t) ? $"{t.PublicCode} {t.Name}" : s.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["status"] = s.Status.ToString(),
            };
            foreach (var criterion in round.Round.Criteria)
            {
                row[criterion.Code] = s.Scores.TryGetValue(criterion.Code, out var v) ? v : null;
            }

            row["total"] = ScoreAggregation.JudgeTotal(round.Round.Criteria, s.Scores);
            row["notes"] = s.Notes;
            return row;
        }).ToList();
        var workbook = new Dictionary<string, object>
        {
            ["by judge"] = rows.OrderBy(r => r["judge"]).ThenBy(r => r["team"]).ToList(),
            ["by entry"] = rows.OrderBy(r => r["team"]).ThenBy(r => r["judge"]).ToList(),
        };
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(workbook, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
