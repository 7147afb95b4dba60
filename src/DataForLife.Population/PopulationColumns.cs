namespace DataForLife.Population;

/// <summary>The 17 columns of a generated file, in order (docs/population.md describes each).</summary>
public static class PopulationColumns
{
    public const string Number = "so_dinh_danh";
    public const string FullName = "ho_ten";
    public const string BirthDate = "ngay_sinh";
    public const string Sex = "gioi_tinh";
    public const string BirthRegistration = "noi_dang_ky_khai_sinh";
    public const string Hometown = "que_quan";
    public const string Ethnicity = "dan_toc";
    public const string Religion = "ton_giao";
    public const string Nationality = "quoc_tich";
    public const string MaritalStatus = "tinh_trang_hon_nhan";
    public const string PermanentResidence = "noi_thuong_tru";
    public const string RelationToHead = "quan_he_voi_chu_ho";
    public const string HeadNumber = "so_dinh_danh_chu_ho";
    public const string FatherNumber = "so_dinh_danh_cha";
    public const string MotherNumber = "so_dinh_danh_me";
    public const string SpouseNumber = "so_dinh_danh_vo_chong";
    public const string DeathDate = "ngay_chet";

    public static IReadOnlyList<string> All { get; } =
    [
        Number, FullName, BirthDate, Sex, BirthRegistration, Hometown, Ethnicity, Religion, Nationality, MaritalStatus,
        PermanentResidence, RelationToHead, HeadNumber, FatherNumber, MotherNumber, SpouseNumber, DeathDate,
    ];
}
