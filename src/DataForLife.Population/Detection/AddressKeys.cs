using DataForLife.Population.Reference;

namespace DataForLife.Population.Detection;

/// <summary>
/// Normalises addresses so that benign variation does not split one dwelling: diacritics and case are ignored,
/// "TP.HCM" / "TP. Hà Nội" are spelt out, a pre-2025 province name becomes its 2025 successor, and a pre-2025 commune
/// with its district ("Xã Cổ Loa, Huyện Đông Anh") becomes the 2025 commune it was merged into ("Xã Đông Anh").
/// </summary>
internal sealed class AddressKeys
{
    private readonly Dictionary<string, string> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _communes = new(StringComparer.Ordinal);

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

            if (CommuneTable.ByProvinceCode.TryGetValue(province.Code, out var communes))
            {
                foreach (var commune in communes)
                {
                    _communes[Key(commune.Before.Value) + ", " + successor] = Key(commune.After.Value) + ", " + successor;
                }
            }
        }

        _provinces["tp.hcm"] = Key("Thành phố Hồ Chí Minh");
    }

    public string Normalise(string address)
    {
        var key = Key(address);
        var cut = key.LastIndexOf(", ", StringComparison.Ordinal);
        var province = cut < 0 ? key : key[(cut + 2)..];
        if (!_provinces.TryGetValue(province, out var successor))
        {
            return key;
        }

        var normalised = (cut < 0 ? "" : key[..(cut + 2)]) + successor;
        var tail = TailStart(normalised, 3);
        return tail >= 0 && _communes.TryGetValue(normalised[tail..], out var commune) ? normalised[..tail] + commune : normalised;
    }

    // Where the last `parts` comma-separated parts begin (after ", "), or -1 when there are not that many.
    private static int TailStart(string text, int parts)
    {
        var end = text.Length;
        for (var i = 0; i < parts - 1; i++)
        {
            end = text.LastIndexOf(", ", end - 1, StringComparison.Ordinal);
            if (end <= 0)
            {
                return end == 0 ? 0 : -1;
            }
        }

        var start = text.LastIndexOf(", ", end - 1, StringComparison.Ordinal);
        return start < 0 ? 0 : start + 2;
    }

    private static string Key(string text) => VietnameseText.Fold(text).ToLowerInvariant();
}
