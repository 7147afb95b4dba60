using System.Text;

namespace DataForLife.Web.Domain.Messages;

/// <summary>
/// The placeholders of an e-mail template: <c>{name}</c> is replaced by the value of <c>name</c>; <c>{{</c> and
/// <c>}}</c> write a brace. A template is checked before it is saved (<see cref="Check"/>); rendering a template that
/// names an unknown placeholder fails rather than sending a half-filled message.
/// </summary>
public static class TemplateText
{
    /// <summary>The placeholders the template uses, in order of first use, or the first problem found.</summary>
    public static TemplateCheck Check(string? template, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var used = new List<string>();
        var text = template ?? string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                return TemplateCheck.Fail(TemplateProblem.UnopenedBrace, "}");
            }

            if (c != '{')
            {
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            var next = text.IndexOf('{', i + 1);
            if (end < 0 || (next >= 0 && next < end))
            {
                return TemplateCheck.Fail(TemplateProblem.UnclosedBrace, text[i..Math.Min(text.Length, i + 20)]);
            }

            var name = text[(i + 1)..end];
            if (!allowed.Contains(name))
            {
                return TemplateCheck.Fail(TemplateProblem.UnknownPlaceholder, name);
            }

            if (!used.Contains(name))
            {
                used.Add(name);
            }

            i = end;
        }

        return new TemplateCheck(null, null, used);
    }

    /// <summary>Fills the template; throws <see cref="FormatException"/> when it is not valid for these values.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var check = Check(template, [.. values.Keys]);
        if (check.Problem is { } problem)
        {
            throw new FormatException($"{problem}: {check.Detail}");
        }

        var output = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                output.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                output.Append(values[template[(i + 1)..end]]);
                i = end;
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>A resource text with numbered arguments ({0}, {1}) written with the names given to those numbers.</summary>
    public static string FromNumbered(string text, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var result = text;
        for (var i = 0; i < names.Count; i++)
        {
            result = result.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", "{" + names[i] + "}", StringComparison.Ordinal);
        }

        return result;
    }
}
