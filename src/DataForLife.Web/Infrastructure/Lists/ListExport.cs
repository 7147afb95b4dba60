using System.Text;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataForLife.Web.Infrastructure.Lists;

/// <summary>
/// Writes an organisers' list as CSV (UTF-8 with a byte-order mark, for spreadsheet programs) or Excel, with the
/// search, filters and sort the page shows, and records the export in the audit log before any row leaves.
/// </summary>
public sealed class ListExport(AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    public async Task WriteAsync<T>(HttpResponse response, string list, string? editionId, string format, IReadOnlyList<T> rows,
        IReadOnlyList<ListColumn<T>> columns, object filter, CancellationToken cancellationToken)
    {
        audit.Record(list + ".exported", "List", list, after: new { format, rows = rows.Count, filter }, editionId: editionId);
        await audit.SaveChangesAsync(cancellationToken);

        var headers = columns.Select(c => l[c.HeadingKey].Value).ToArray();
        var name = editionId is null ? $"{list}.{format}" : $"{list}-{editionId}.{format}";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (format == "csv")
        {
            response.ContentType = "text/csv; charset=utf-8";
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await writer.WriteLineAsync(Csv.Line(headers));
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(Csv.Line(columns.Select(c => c.Text(row))));
            }

            await writer.FlushAsync(cancellationToken);
            return;
        }

        response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var sheet = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                line[headers[i]] = columns[i].Text(row);
            }

            return line;
        });
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheet, sheetName: list, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, cancellationToken);
    }
}
