using System.Text;

namespace DataForLife.Tests.Support;

/// <summary>Small files built byte by byte, so each test knows exactly what it uploads.</summary>
public static class TestFiles
{
    private static readonly Lazy<byte[]> Picture = new(() =>
    {
        using var bitmap = new SkiaSharp.SKBitmap(16, 12);
        bitmap.Erase(new SkiaSharp.SKColor(0x1E, 0x6F, 0xB8));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    });

    /// <summary>
    /// A real JPEG (a small picture that decodes), with, when asked, an EXIF block that names a GPS position and a
    /// camera's comment, both placed after the JFIF header as cameras do.
    /// </summary>
    public static byte[] Jpeg(bool withGps = true)
    {
        var encoded = Picture.Value;
        // The encoder's own output: SOI, then its JFIF segment, whose length follows its marker.
        var afterJfif = 4 + ((encoded[4] << 8) | encoded[5]);
        var bytes = new List<byte>(encoded[..afterJfif]);
        if (withGps)
        {
            bytes.AddRange(Segment(0xE1, Encoding.ASCII.GetBytes("Exif\0\0GPSLatitude 21.0285 GPSLongitude 105.8542")));
        }

        bytes.AddRange(Segment(0xFE, Encoding.ASCII.GetBytes("camera comment")));
        bytes.AddRange(encoded[afterJfif..]);
        return [.. bytes];
    }

    /// <summary>The image chunk of a real one-pixel WebP (lossless, "VP8L"), to build WebP files around it.</summary>
    public static (string FourCc, byte[] Data) WebPImageChunk()
    {
        using var bitmap = new SkiaSharp.SKBitmap(1, 1);
        bitmap.Erase(new SkiaSharp.SKColor(0xC8, 0x10, 0x2E));
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Webp, 100);
        var file = encoded.ToArray();
        // RIFF, size, WEBP, then the image chunk: its FourCC and its little-endian length.
        var length = BitConverter.ToInt32(file, 16);
        return (Encoding.ASCII.GetString(file, 12, 4), file[20..(20 + length)]);
    }

    /// <summary>
    /// A small, well-formed PDF: its objects, a cross-reference table with their offsets, the trailer; made larger, when
    /// asked, by a comment of <paramref name="padding"/> characters after its header.
    /// </summary>
    public static byte[] Pdf(int padding = 0)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        if (padding > 0)
        {
            text.Append('%').Append('x', padding).Append('\n');
        }

        var offsets = new List<int>();
        foreach (var body in new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" })
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj {body} endobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o:0000000000} 00000 n \n"));
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A Linux executable, whatever its name says.</summary>
    public static byte[] Executable() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[120]];

    /// <summary>
    /// An MP4 file's box layout, of the given size (at least 40 bytes): "ftyp", an empty "moov", and an "mdat" that runs
    /// to the end of the file (size 0), so that whatever follows these first bytes is the media data.
    /// </summary>
    public static byte[] Mp4(int size)
    {
        var bytes = new byte[size];
        byte[] head =
        [
            0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8,
            0, 0, 0, 8, .. "moov"u8,
            0, 0, 0, 0, .. "mdat"u8,
        ];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
    }
}
