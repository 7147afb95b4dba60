using System.Globalization;
using System.Text;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataForLife.Web.Features.Registration;

/// <summary>
/// The organisers' export of an edition's teams, one row per member with their personal data in full. Only organisers
/// may run it, and each run is written to the audit log by the caller.
/// </summary>
public sealed class TeamExport(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    private static readonly string[] Keys =
    [
        "code", "team", "idea", "categories", "team_status", "member", "leader", "date_of_birth", "sex", "nationality",
        "residence", "document", "phone", "email", "organisation", "member_status",
    ];

    public async Task<List<string?[]>> RowsAsync(string editionId, TeamFilter filter, CancellationToken cancellationToken)
    {
        var teams = filter.Apply(db, editionId);
        var rows = await (from t in teams
                          join m in db.TeamMembers on t.Id equals m.TeamId
                          join u in db.Users on m.UserId equals u.Id
                          join p in db.Profiles on m.UserId equals p.UserId into profiles
                          from p in profiles.DefaultIfEmpty()
                          orderby t.Sequence, m.IsLeader descending, m.JoinedAtUtc
                          select new { t.PublicCode, t.Name, t.IdeaName, t.Categories, t.Status, m.IsLeader, MemberStatus = m.Status, u.DisplayName, u.Email, Profile = p })
            .AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new string?[]
        {
            r.PublicCode, r.Name, r.IdeaName, r.Categories, r.Status.ToString(), r.Profile?.FullName ?? r.DisplayName, r.IsLeader ? "x" : string.Empty,
            r.Profile?.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), r.Profile?.Sex.ToString(), r.Profile?.Nationality,
            r.Profile?.CountryOfResidence, r.Profile?.DocumentNumber, r.Profile?.Phone, r.Email, r.Profile?.Organisation, r.MemberStatus.ToString(),
        })];
    }

    public IEnumerable<string> Headers => Keys.Select(k => l["Export." + k].Value);

    public async Task WriteCsvAsync(Stream output, IEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        // A byte-order mark lets spreadsheet programs read Vietnamese correctly.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteLineAsync(Csv.Line(Headers));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(Csv.Line(row));
        }

        await writer.FlushAsync(cancellationToken);
    }

    public async Task WriteExcelAsync(Stream output, IEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        var headers = Headers.ToArray();
        var sheet = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                line[headers[i]] = row[i];
            }

            return line;
        });
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheet, sheetName: "Teams", cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
