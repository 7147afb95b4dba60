namespace DataForLife.Population.Reference;

/// <summary>
/// A commune of a province named in both eras: "Xã Cổ Loa, Huyện Đông Anh" before 1 July 2025 (commune and district),
/// "Xã Đông Anh" after, the 2025 commune the old one was merged into, so that one dwelling reads the same in both.
/// </summary>
internal sealed class Commune(string before, string after)
{
    public EncodedText Before { get; } = new(before);

    public EncodedText After { get; } = new(after);

    /// <summary>A ward (Phường) since 2025: its hamlets are "Tổ dân phố"/"Khu phố", a rural commune's "Thôn"/"Ấp".</summary>
    public bool Urban => After.Value.StartsWith("Phường", StringComparison.Ordinal);
}
