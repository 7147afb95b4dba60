using System.Text;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>Tells a file's type by its first bytes, never by its name.</summary>
public static class FileSniffer
{
    public static SniffedType Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffedType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffedType.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffedType.WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return SniffedType.Pdf;
        }

        // An MP4 (ISO base media) file opens with a box whose type is "ftyp".
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return SniffedType.Mp4;
        }

        return SniffedType.Unknown;
    }

    public static string ContentType(SniffedType type) => type switch
    {
        SniffedType.Jpeg => "image/jpeg",
        SniffedType.Png => "image/png",
        SniffedType.WebP => "image/webp",
        SniffedType.Pdf => "application/pdf",
        SniffedType.Mp4 => "video/mp4",
        _ => "application/octet-stream",
    };

    public static string Extension(SniffedType type) => type switch
    {
        SniffedType.Jpeg => ".jpg",
        SniffedType.Png => ".png",
        SniffedType.WebP => ".webp",
        SniffedType.Pdf => ".pdf",
        SniffedType.Mp4 => ".mp4",
        _ => ".bin",
    };

    /// <summary>A name safe to show and to put in an archive: no folders, no control characters, no leading dots.</summary>
    public static string SafeName(string? name, SniffedType type)
    {
        var leaf = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new StringBuilder();
        foreach (var c in leaf.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?'))
            {
                clean.Append(c);
            }
        }

        var text = clean.ToString().Trim().TrimStart('.');
        text = Domain.VietnameseText.Cut(text, 100);

        var stem = Path.GetFileNameWithoutExtension(text);
        return (stem.Length == 0 ? "file" : stem) + Extension(type);
    }
}
