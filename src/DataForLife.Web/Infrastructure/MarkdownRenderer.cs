using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Teams write in Markdown; readers get HTML in which no script, style or raw HTML survives. Markdig is told to treat
/// raw HTML as text, and the result goes through an allow-list sanitiser as well.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown) => new HtmlString(ToHtml(markdown));

    /// <summary>The sanitised HTML as a string, for an e-mail's HTML part.</summary>
    public string ToHtml(string? markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        sanitizer.AllowedAttributes.Add("rel");
        return sanitizer;
    }
}
