using DataForLife.Web.Domain;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// <c>&lt;vn-time value="..."&gt;</c>: a moment in Viet Nam time with the zone named; the page script adds the
/// viewer's own time beside it when they are elsewhere.
/// </summary>
[HtmlTargetElement("vn-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VietnamTimeTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    public DateTimeOffset Value { get; set; }

    public bool DateOnly { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Format.Iso(Value));
        if (!DateOnly)
        {
            output.Attributes.SetAttribute("data-local", "true");
        }

        output.Content.SetContent(DateOnly ? VietnamTime.FormatDate(Value) : VietnamTime.Format(Value));
        if (!DateOnly)
        {
            output.PostElement.SetHtmlContent($" <span class=\"zone\">({System.Net.WebUtility.HtmlEncode(l["Time.Zone"])})</span>");
        }
    }
}
