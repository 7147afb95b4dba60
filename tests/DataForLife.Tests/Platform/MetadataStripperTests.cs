using System.Text;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Tests.Platform;

/// <summary>Photos lose their EXIF and XMP; a file whose chunks lie about their sizes is refused, never a crash.</summary>
public sealed class MetadataStripperTests
{
    private static byte[] WebP(params (string FourCc, byte[] Body)[] chunks)
    {
        var body = chunks.SelectMany(c => Encoding.ASCII.GetBytes(c.FourCc).Concat(BitConverter.GetBytes((uint)c.Body.Length)).Concat(c.Body)
            .Concat(c.Body.Length % 2 == 1 ? new byte[1] : [])).ToArray();
        return [.. "RIFF"u8.ToArray(), .. BitConverter.GetBytes((uint)(body.Length + 4)), .. "WEBP"u8.ToArray(), .. body];
    }

    [Fact]
    public void A_WebP_loses_its_EXIF_chunk_and_the_header_no_longer_announces_it()
    {
        var file = WebP(("VP8X", [0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]), ("VP8 ", [1, 2, 3, 4]), ("EXIF", [9, 9, 9, 9]));

        var stripped = MetadataStripper.Strip(file, SniffedType.WebP)!;

        Assert.DoesNotContain("EXIF", Encoding.ASCII.GetString(stripped), StringComparison.Ordinal);
        Assert.Equal(0, stripped[20] & 0x0C);
        Assert.Equal((uint)(stripped.Length - 8), BitConverter.ToUInt32(stripped, 4));
    }

    [Fact]
    public void An_extended_header_with_no_body_does_not_crash_the_upload()
    {
        var file = WebP(("VP8X", []));

        var stripped = MetadataStripper.Strip(file, SniffedType.WebP);

        Assert.NotNull(stripped);
        Assert.Equal(file.Length, stripped.Length);
    }
}
