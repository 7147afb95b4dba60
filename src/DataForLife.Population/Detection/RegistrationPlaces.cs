using DataForLife.Population.Reference;

namespace DataForLife.Population.Detection;

/// <summary>
/// The codes a written place of birth registration allows: an old province's official name gives its code, a 2025
/// unit's name gives the codes of the provinces it was formed from (an updated record names the new unit), and a
/// mission abroad gives its country's code.
/// </summary>
internal sealed class RegistrationPlaces
{
    private const string MissionPrefix = "Cơ quan đại diện Việt Nam tại ";
    private readonly Dictionary<string, HashSet<string>> _codes = new(StringComparer.Ordinal);

    public RegistrationPlaces()
    {
        foreach (var province in Provinces.All)
        {
            Allow(province.OfficialName, province.Code);
            Allow(province.Successor2025, province.Code);
        }

        foreach (var country in new CountryBook().All)
        {
            Allow(MissionPrefix + country.Name.Value, country.Code.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The codes the place allows, or null when the place is not one the tables know (nothing to compare).</summary>
    public IReadOnlySet<string>? CodesFor(string place)
    {
        if (_codes.TryGetValue(Key(place), out var mission))
        {
            return mission;
        }

        var province = place[(place.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].Trim();
        return _codes.GetValueOrDefault(Key(province));
    }

    private void Allow(string name, string code)
    {
        if (!_codes.TryGetValue(Key(name), out var codes))
        {
            _codes[Key(name)] = codes = new HashSet<string>(StringComparer.Ordinal);
        }

        codes.Add(code);
    }

    private static string Key(string text) => VietnameseText.Fold(text).ToLowerInvariant();
}
