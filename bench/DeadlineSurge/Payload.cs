namespace DataForLife.Bench.DeadlineSurge;

/// <summary>5 MB of files a team: a 3 MB MP4 video and two 1 MB JPEG photos, with distinct bytes.</summary>
public static class Payload
{
    public static IReadOnlyList<(string Kind, string Name, byte[] Bytes)> Create() =>
    [
        ("video", "demo.mp4", Mp4(3 * 1024 * 1024)),
        ("photo", "anh-1.jpg", Jpeg(1024 * 1024, 1)),
        ("photo", "anh-2.jpg", Jpeg(1024 * 1024, 2)),
    ];

    public static long TotalBytes(IReadOnlyList<(string Kind, string Name, byte[] Bytes)> files) => files.Sum(f => (long)f.Bytes.Length);

    private static byte[] Mp4(int size)
    {
        var bytes = new byte[size];
        new Random(7).NextBytes(bytes);
        byte[] head = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A JPEG skeleton (SOI, JFIF, start of scan) around random scan data, ending with EOI.</summary>
    private static byte[] Jpeg(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0];
        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }
}
