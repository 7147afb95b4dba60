using System.Text;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>
/// RFC 4180 CSV, the small part the platform needs: quoted fields with commas, quotes and line breaks; comma or
/// semicolon separators (a spreadsheet saved in a Vietnamese locale uses semicolons); a UTF-8 byte-order mark ignored.
/// </summary>
public static class Csv
{
    public static List<string[]> Parse(TextReader reader)
    {
        var text = reader.ReadToEnd();
        var separator = DetectSeparator(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    /// <summary>One field, quoted when it must be; a leading =, +, - or @ is neutralised so spreadsheets do not run it.</summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !IsNumber(text))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    private static bool IsNumber(string text) => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static char DetectSeparator(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\n', '\r']) is var end and >= 0 ? end : text.Length));
        return firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
    }
}
