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

    /// <summary>The machine-readable form of an instant for &lt;time datetime&gt; and scripts.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
