using DataForLife.Population.Generation;

namespace DataForLife.Population.Output;

/// <summary>The fixed words of the written records, encoded once.</summary>
internal static class FixedTexts
{
    public static readonly byte[] Male = "Nam"u8.ToArray();
    public static readonly byte[] Female = "Nữ"u8.ToArray();
    public static readonly byte[] House = "Số "u8.ToArray();
    public static readonly byte[] AlleyNorth = ", Ngõ "u8.ToArray();
    public static readonly byte[] AlleySouth = ", Hẻm "u8.ToArray();
    public static readonly byte[] UrbanHamletNorth = ", Tổ dân phố "u8.ToArray();
    public static readonly byte[] UrbanHamletSouth = ", Khu phố "u8.ToArray();
    public static readonly byte[] RuralHamletNorth = ", Thôn "u8.ToArray();
    public static readonly byte[] RuralHamletSouth = ", Ấp "u8.ToArray();
    public static readonly byte[] Separator = ", "u8.ToArray();
    public static readonly byte[] Vietnam = "Việt Nam"u8.ToArray();
    public static readonly byte[] Dormitory = "Ký túc xá, Nhà "u8.ToArray();
    public static readonly byte[] Room = ", Phòng "u8.ToArray();

    private static readonly byte[][] MaritalTexts = [.. new[] { "Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa" }.Select(System.Text.Encoding.UTF8.GetBytes)];

    private static readonly byte[][] RelationTexts =
        [.. new[] { "", "Chủ hộ", "Vợ", "Chồng", "Con", "Cha", "Mẹ", "Cháu", "Con dâu" }.Select(System.Text.Encoding.UTF8.GetBytes)];


    public static IReadOnlyList<string> MaritalValues { get; } = ["Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa"];

    public static byte[] Of(MaritalStatus status) => MaritalTexts[(int)status];

    public static byte[] Of(Relation relation) => RelationTexts[(int)relation];

}
