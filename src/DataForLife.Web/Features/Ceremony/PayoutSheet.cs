using System.Text;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// What the organisers pay: one line per award with the team's leader, who receives the prize (name, contact and
/// identity number, masked for the steering committee). Exported as Excel or CSV, each export written to the audit log.
/// </summary>
public sealed class PayoutSheet(AppDbContext db, ResultsGate gate, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public sealed record Line(int Rank, string Prize, long AmountVnd, string TeamCode, string TeamName, string Leader, string Email, string Phone, string Document);

    private static readonly string[] Keys = ["rank", "prize", "amount", "team_code", "team", "leader", "email", "phone", "document"];

    /// <summary>The lines, once the results are public (before the ceremony there is nothing to pay, nor to show).</summary>
    public async Task<IReadOnlyList<Line>?> LinesAsync(Edition edition, bool showDocuments, CancellationToken cancellationToken)
    {
        var awards = await gate.PublicAwardsAsync(edition, cancellationToken);
        if (awards.Count == 0)
        {
            return null;
        }

        var teamIds = awards.Select(a => a.TeamId).ToList();
        var leaders = await (from t in db.Teams.AsNoTracking()
                             join m in db.TeamMembers.AsNoTracking() on t.Id equals m.TeamId
                             join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                             join p in db.Profiles.AsNoTracking() on m.UserId equals p.UserId into profiles
                             from p in profiles.DefaultIfEmpty()
                             where teamIds.Contains(t.Id) && m.IsLeader
                             select new { t.Id, t.PublicCode, t.Name, u.DisplayName, u.Email, Profile = p }).ToDictionaryAsync(x => x.Id, cancellationToken);
        return [.. awards.Select(a =>
        {
            var leader = leaders.GetValueOrDefault(a.TeamId);
            var document = leader?.Profile?.DocumentNumber ?? string.Empty;
            return new Line(a.Rank, a.PrizeName.Current, a.AmountVnd, leader?.PublicCode ?? string.Empty, leader?.Name ?? string.Empty,
                leader?.Profile?.FullName ?? leader?.DisplayName ?? string.Empty, leader?.Email ?? string.Empty, leader?.Profile?.Phone ?? string.Empty,
                showDocuments ? document : PersonalData.Mask(document));
        })];
    }

    public IEnumerable<string> Headers => Keys.Select(k => l["Payout." + k].Value);

    /// <summary>Writes the sheet in the format asked and records who exported it, how, and whether identity numbers were masked.</summary>
    public async Task<byte[]> ExportAsync(Edition edition, IReadOnlyList<Line> lines, bool excel, bool showDocuments, CancellationToken cancellationToken)
    {
        var bytes = excel ? await ExcelAsync(lines, cancellationToken) : Csv(lines);
        audit.Record("payouts.exported", "Edition", edition.Id, after: new { format = excel ? "xlsx" : "csv", lines = lines.Count, masked = !showDocuments },
            editionId: edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        return bytes;
    }

    private static string[] Cells(Line line) =>
    [
        line.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Prize, line.AmountVnd.ToString(System.Globalization.CultureInfo.InvariantCulture),
        line.TeamCode, line.TeamName, line.Leader, line.Email, line.Phone, line.Document,
    ];

    private byte[] Csv(IReadOnlyList<Line> lines)
    {
        var text = new StringBuilder();
        text.AppendLine(Infrastructure.Files.Csv.Line(Headers));
        foreach (var line in lines)
        {
            text.AppendLine(Infrastructure.Files.Csv.Line(Cells(line)));
        }

        // A byte-order mark lets spreadsheet programs read Vietnamese correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private async Task<byte[]> ExcelAsync(IReadOnlyList<Line> lines, CancellationToken cancellationToken)
    {
        var headers = Headers.ToArray();
        var rows = lines.Select(line =>
        {
            var cells = Cells(line);
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                // The amount stays a number in Excel, so that it can be summed.
                row[headers[i]] = i == 2 ? line.AmountVnd : cells[i];
            }

            return row;
        });
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, sheetName: "Payouts", cancellationToken: cancellationToken);
        return buffer.ToArray();
    }
}
