using System.Globalization;
using DataForLife.Web.Domain;
using DataForLife.Web.Infrastructure.Files;
using MiniExcelLibs;

namespace DataForLife.Web.Features.Roster;

/// <summary>
/// Reads a roster from an Excel (.xlsx) or CSV (UTF-8) file: one header row with the columns of <see cref="Columns"/>,
/// then one person per row. The format is told by the bytes (an .xlsx file is a zip archive), not by the name.
/// </summary>
public static class RosterFile
{
    public static readonly string[] Columns = ["body", "group", "position", "full_name", "date_of_birth", "email", "identity_number", "organisation"];

    private static readonly string[] Required = ["body", "full_name"];

    public const long MaxBytes = 2 * 1024 * 1024;

    public static (IReadOnlyList<(int Row, StaffInput Input)> Rows, FieldError? Error) Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length > MaxBytes)
        {
            return ([], new FieldError("File", "Roster.FileTooLarge", MaxBytes / 1024 / 1024));
        }

        buffer.Position = 0;
        var bytes = buffer.GetBuffer();
        var isZip = buffer.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        try
        {
            var table = isZip ? ReadExcel(buffer) : ReadCsv(buffer);
            return ToInputs(table);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or IOException or System.Xml.XmlException or ArgumentException
            or IndexOutOfRangeException)
        {
            return ([], new FieldError("File", "Roster.FileUnreadable"));
        }
    }

    private static List<string[]> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return Csv.Parse(reader);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new InvalidDataException("The file is not UTF-8 text.");
        }
    }

    private static List<string[]> ReadExcel(Stream stream) =>
        [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(CellText).ToArray())];

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static (IReadOnlyList<(int Row, StaffInput Input)> Rows, FieldError? Error) ToInputs(List<string[]> table)
    {
        if (table.Count == 0)
        {
            return ([], new FieldError("File", "Roster.FileEmpty"));
        }

        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var unknown = header.Where(h => h.Length > 0 && !Columns.Contains(h)).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            return ([], new FieldError("File", "Roster.WrongColumns", string.Join(", ", unknown.Concat(missing.Select(m => "-" + m))), string.Join(", ", Columns)));
        }

        string? Cell(string[] row, string column) => Array.IndexOf(header, column) is var i and >= 0 && i < row.Length ? row[i] : null;
        var rows = new List<(int, StaffInput)>();
        for (var r = 1; r < table.Count; r++)
        {
            var row = table[r];
            rows.Add((r + 1, new StaffInput
            {
                Body = Cell(row, "body"),
                Group = Cell(row, "group"),
                Position = Cell(row, "position"),
                FullName = Cell(row, "full_name"),
                DateOfBirth = Cell(row, "date_of_birth"),
                Email = Cell(row, "email"),
                IdentityNumber = Cell(row, "identity_number"),
                Organisation = Cell(row, "organisation"),
            }));
        }

        // Trailing blank lines are not rows; blank lines between people are reported.
        while (rows.Count > 0 && rows[^1].Item2.IsEmpty)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return (rows, null);
    }
}
