using System.Text;

namespace DataForLife.Tests.Support;

/// <summary>Small files built byte by byte, so each test knows exactly what it uploads.</summary>
public static class TestFiles
{
    /// <summary>A JPEG with a JFIF header and, when asked, an EXIF block that names a GPS position.</summary>
    public static byte[] Jpeg(bool withGps = true)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange(Segment(0xE0, "JFIF\0\u0001\u0002\0\0\u0001\0\u0001\0\0"u8.ToArray()));
        if (withGps)
        {
            bytes.AddRange(Segment(0xE1, Encoding.ASCII.GetBytes("Exif\0\0GPSLatitude 21.0285 GPSLongitude 105.8542")));
        }

        bytes.AddRange(Segment(0xFE, Encoding.ASCII.GetBytes("camera comment")));
        bytes.AddRange(Segment(0xDA, [0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]));
        bytes.AddRange(Enumerable.Range(0, 200).Select(i => (byte)(i % 250)));
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Linux executable, whatever its name says.</summary>
    public static byte[] Executable() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[120]];

    /// <summary>The first bytes of an MP4 file followed by filler, of the given size.</summary>
    public static byte[] Mp4(int size)
    {
        var bytes = new byte[size];
        byte[] head = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
    }
}
