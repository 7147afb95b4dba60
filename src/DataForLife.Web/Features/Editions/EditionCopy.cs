using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

/// <summary>Builds the next edition from a previous one: same structure, dates moved, year in the code prefix.</summary>
public static class EditionCopy
{
    public static EditionDefinition Shifted(EditionDefinition source, int years) => source with
    {
        Timeline = [.. source.Timeline.Select(p => p with { StartsAt = p.StartsAt.AddYears(years), EndsAt = p.EndsAt.AddYears(years) })],
        PublicCodePrefix = ShiftPrefix(source.PublicCodePrefix, years),
        Name = new LocalizedText(ShiftYearIn(source.Name.Vi, source, years), ShiftYearIn(source.Name.En, source, years)),
        Ceremony = source.Ceremony with { ResultsAt = source.Ceremony.ResultsAt?.AddYears(years) },
    };

    private static string ShiftYearIn(string text, EditionDefinition source, int years)
    {
        var year = source.Timeline.Count > 0 ? source.Timeline[0].StartsAt.Year : 0;
        return year == 0 ? text : text.Replace(year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (year + years).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>D4L23 becomes D4L24 when the trailing two digits are a year.</summary>
    private static string ShiftPrefix(string prefix, int years)
    {
        if (prefix.Length >= 2 && int.TryParse(prefix.AsSpan(prefix.Length - 2), out var yy))
        {
            return prefix[..^2] + ((yy + years) % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        return prefix;
    }
}
