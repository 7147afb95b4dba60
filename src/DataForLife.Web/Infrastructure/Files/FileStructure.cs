using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>
/// Whether a stored file is what its first bytes claim (<see cref="FileSniffer"/>), checked through its structure: an
/// HTML page that starts with "%PDF-" or an "ftyp" box is refused. A PDF must end with a cross-reference that its
/// startxref points to; an MP4's boxes must tile the file, from "ftyp", with a "moov"; a photo must decode, whole.
/// </summary>
public static partial class FileStructure
{
    /// <summary>Photos larger than this (in pixels) are refused rather than decoded: about 8,000 by 6,000.</summary>
    public const long MaxPhotoPixels = 50_000_000;

    public static bool IsWellFormed(SniffedType type, Stream file) => type switch
    {
        SniffedType.Pdf => IsPdf(file),
        SniffedType.Mp4 => IsMp4(file),
        SniffedType.Jpeg or SniffedType.Png or SniffedType.WebP => IsImage(file),
        _ => false,
    };

    private static bool IsPdf(Stream file)
    {
        var length = file.Length;
        var tail = ReadAt(file, Math.Max(0, length - 2048), (int)Math.Min(2048, length));
        var text = Encoding.Latin1.GetString(tail);
        var match = StartXref().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].ValueSpan, out var offset) || offset <= 0 || offset >= length)
        {
            return false;
        }

        // The cross-reference the file points to: a table (then a trailer follows it) or a cross-reference stream.
        var section = Encoding.Latin1.GetString(ReadAt(file, offset, (int)Math.Min(length - offset, 4 * 1024 * 1024)));
        return section.TrimStart().StartsWith("xref", StringComparison.Ordinal)
            ? section.Contains("trailer", StringComparison.Ordinal)
            : XrefStream().IsMatch(section);
    }

    private static bool IsMp4(Stream file)
    {
        var length = file.Length;
        long position = 0;
        var first = true;
        var movie = false;
        var header = new byte[16];
        while (position < length)
        {
            if (length - position < 8)
            {
                return false;
            }

            file.Position = position;
            file.ReadExactly(header, 0, 8);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = header.AsSpan(4, 4);
            if (!IsBoxType(type) || (first && !type.SequenceEqual("ftyp"u8)))
            {
                return false;
            }

            if (size == 1)
            {
                if (length - position < 16)
                {
                    return false;
                }

                file.ReadExactly(header, 8, 8);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
            }
            else if (size == 0)
            {
                size = length - position;
            }

            if (size < 8 || size > length - position)
            {
                return false;
            }

            movie |= type.SequenceEqual("moov"u8);
            first = false;
            position += size;
        }

        return movie;
    }

    private static bool IsBoxType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsImage(Stream file)
    {
        file.Position = 0;
        using var data = SKData.Create(file);
        using var codec = data is null ? null : SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPhotoPixels)
        {
            return false;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        return codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    private static byte[] ReadAt(Stream file, long offset, int count)
    {
        var buffer = new byte[count];
        file.Position = offset;
        file.ReadExactly(buffer);
        return buffer;
    }

    [GeneratedRegex(@"startxref\s+(\d{1,12})\s+%%EOF", RegexOptions.RightToLeft)]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^\s*\d+\s+\d+\s+obj.{0,4000}?/Type\s*/XRef", RegexOptions.Singleline)]
    private static partial Regex XrefStream();
}
