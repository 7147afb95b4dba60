using System.Globalization;
using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>A text in Vietnamese (the default) and English.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>The text in the current UI culture; Vietnamese unless the culture is English.</summary>
    [JsonIgnore]
    public string Current => For(CultureInfo.CurrentUICulture);

    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En : Vi;

    public override string ToString() => Current;
}
