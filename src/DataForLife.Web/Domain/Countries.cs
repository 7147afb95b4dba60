using System.Globalization;

namespace DataForLife.Web.Domain;

/// <summary>The countries a person may name as nationality or residence (ISO 3166 two-letter codes).</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => TryRegion(c.Name))
            .OfType<RegionInfo>()
            .Where(r => r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
            .GroupBy(r => r.TwoLetterISORegionName)
            .ToDictionary(g => g.Key, g => g.First().EnglishName, StringComparer.Ordinal));

    /// <summary>Code and name, Viet Nam first, the rest by name.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
        [("VN", "Việt Nam"), .. Names.Value.Where(p => p.Key != "VN").OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];

    public static bool IsKnown(string? code) => code is not null && (code == "VN" || Names.Value.ContainsKey(code));

    public static string NameOf(string code) => code == "VN" ? "Việt Nam" : Names.Value.GetValueOrDefault(code, code);

    private static RegionInfo? TryRegion(string culture)
    {
        try
        {
            return new RegionInfo(culture);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
