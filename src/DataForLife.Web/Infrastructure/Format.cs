using System.Globalization;

namespace DataForLife.Web.Infrastructure;

/// <summary>Vietnamese formats for what people read: 200.000.000 ₫ (200,000,000 VND in English).</summary>
public static class Format
{
    private static readonly CultureInfo VietnameseNumbers = CultureInfo.GetCultureInfo("vi-VN");

    public static string Vnd(long amount) => Cultures.IsEnglish
        ? amount.ToString("N0", CultureInfo.InvariantCulture) + " VND"
        : amount.ToString("N0", VietnameseNumbers) + " ₫";

    public static string Number(long value) => Cultures.IsEnglish
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("N0", VietnameseNumbers);

    /// <summary>A file size for people: 512 B, 3,4 KB, 12,5 MB.</summary>
    public static string Size(long bytes)
    {
        var culture = Cultures.IsEnglish ? CultureInfo.InvariantCulture : VietnameseNumbers;
        return bytes switch
        {
            < 1024 => bytes.ToString(culture) + " B",
            < 1024 * 1024 => (bytes / 1024d).ToString("0.#", culture) + " KB",
            _ => (bytes / 1024d / 1024d).ToString("0.#", culture) + " MB",
        };
    }

    /// <summary>
    /// The start of <paramref name="text"/> for a card or a link preview: whole when it fits in <paramref name="max"/>
    /// characters, otherwise cut at the last space before that length (or at the length itself when a single word runs
    /// past it), never inside a character written with two code units, and followed by "…".
    /// </summary>
    public static string Excerpt(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        if (cut < max / 2)
        {
            cut = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        }

        return text[..cut].TrimEnd(' ', ',', ';', ':', '–', '-') + "…";
    }

    /// <summary>The machine-readable form of an instant for &lt;time datetime&gt; and scripts.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
