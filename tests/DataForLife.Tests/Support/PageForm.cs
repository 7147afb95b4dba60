using System.Net;
using System.Text.RegularExpressions;

namespace DataForLife.Tests.Support;

/// <summary>What a browser would send from a page's form: every input (checked boxes only) and each select's chosen option.</summary>
public static partial class PageForm
{
    public static Dictionary<string, string> Fields(string page)
    {
        var fields = new Dictionary<string, string>();
        foreach (var tag in InputPattern().Matches(page).Select(m => m.Value))
        {
            var name = WebUtility.HtmlDecode(NamePattern().Match(tag).Groups[1].Value);
            if (name.Length == 0 || name == "__RequestVerificationToken" || fields.ContainsKey(name)
                || (tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(ValuePattern().Match(tag).Groups[1].Value);
        }

        foreach (Match select in SelectPattern().Matches(page))
        {
            var chosen = ChosenPattern().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : string.Empty;
        }

        return fields;
    }

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex(" name=\"([^\"]*)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex(" value=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();

    [GeneratedRegex("<select [^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex ChosenPattern();
}
