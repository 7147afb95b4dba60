using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>How the catalogue's facts read on screen: in the reader's language, "not confirmed" where a fact is missing.</summary>
public static class CatalogueDisplay
{
    public static string Text(LocalizedText? text, IStringLocalizer l) =>
        text is null ? Unknown(l) : text.Current;

    public static string Unknown(IStringLocalizer l) => l["Catalogue.Unknown"].Value;

    public static string Size(DataSet dataSet, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return dataSet.SizeBytes is { } bytes
            ? Format.Size(bytes) + (dataSet.Size is { } text ? " (" + text.Current + ")" : string.Empty)
            : Text(dataSet.Size, l);
    }

    public static string Categories(DataSet dataSet, EditionDefinition definition, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(definition);
        var names = dataSet.CategoryCodes.Select(code => definition.Categories.FirstOrDefault(c => c.Code == code)?.Name.Current ?? code).ToList();
        return names.Count == 0 ? l["Catalogue.None"].Value : string.Join(", ", names);
    }

    public static string Topics(DataSet dataSet, IReadOnlyList<DataTopic> topics, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var names = dataSet.TopicCodes.Select(code => topics.FirstOrDefault(t => t.Code == code)?.Name.Current ?? code).ToList();
        return names.Count == 0 ? l["Catalogue.None"].Value : string.Join("; ", names);
    }

    /// <summary>A rate as people read it: 0,875 in Vietnamese, 0.875 in English.</summary>
    public static string Rate(double value) =>
        value.ToString("0.000", Cultures.IsEnglish ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
