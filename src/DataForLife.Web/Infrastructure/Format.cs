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

    /// <summary>The machine-readable form of an instant for &lt;time datetime&gt; and scripts.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
