using DataForLife.Population.Reference;

namespace DataForLife.Population.Detection;

/// <summary>
/// Normalises addresses so that benign variation does not split one dwelling: diacritics and case are ignored,
/// "TP.HCM" / "TP. Hà Nội" are spelt out, and a pre-2025 province name becomes its 2025 successor.
/// </summary>
internal sealed class AddressKeys
{
    private readonly Dictionary<string, string> _provinces = new(StringComparer.Ordinal);

    public AddressKeys()
    {
        foreach (var province in Provinces.All)
        {
            var successor = Key(province.Successor2025);
            _provinces[Key(province.OfficialName)] = successor;
            _provinces[successor] = successor;
            const string city = "Thành phố ";
            if (province.Successor2025.StartsWith(city, StringComparison.Ordinal))
            {
                _provinces[Key("TP. " + province.Successor2025[city.Length..])] = successor;
            }
        }

        _provinces["tp.hcm"] = Key("Thành phố Hồ Chí Minh");
    }

    public string Normalise(string address)
    {
        var key = Key(address);
        var cut = key.LastIndexOf(", ", StringComparison.Ordinal);
        var province = cut < 0 ? key : key[(cut + 2)..];
        return _provinces.TryGetValue(province, out var successor) ? (cut < 0 ? "" : key[..(cut + 2)]) + successor : key;
    }

    private static string Key(string text) => VietnameseText.Fold(text).ToLowerInvariant();
}
