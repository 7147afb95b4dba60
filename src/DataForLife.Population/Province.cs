namespace DataForLife.Population;

/// <summary>
/// One of the 63 provinces and centrally-run cities before the 2025 merger, as coded in the personal identification
/// number (Circular 07/2016/TT-BCA, Annex 1), with its 2019 census population and its successor from 1 July 2025.
/// </summary>
/// <param name="Code">Three digits, such as <c>001</c> for Hà Nội.</param>
/// <param name="Name">The common name, such as <c>Hà Nội</c>.</param>
/// <param name="IsCity">A centrally-run city (Thành phố trực thuộc trung ương) rather than a province (Tỉnh).</param>
/// <param name="Successor2025">The official name of the unit it belongs to since 1 July 2025.</param>
public sealed record Province(string Code, string Name, bool IsCity, long Population2019, double SharePercent, string Successor2025, string Successor2025Code)
{
    /// <summary>The official name, such as <c>Thành phố Hà Nội</c> or <c>Tỉnh Nghệ An</c>.</summary>
    public string OfficialName => (IsCity ? "Thành phố " : "Tỉnh ") + Name;
}
