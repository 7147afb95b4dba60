using System.Buffers.Binary;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>
/// Removes what a photo says about where and when it was taken (EXIF with GPS, XMP, IPTC, comments, text chunks)
/// without re-encoding the picture. A file whose structure does not hold together is refused (null).
/// </summary>
public static class MetadataStripper
{
    public static byte[]? Strip(byte[] file, SniffedType type) => type switch
    {
        SniffedType.Jpeg => StripJpeg(file),
        SniffedType.Png => StripPng(file),
        SniffedType.WebP => StripWebP(file),
        _ => null,
    };

    private static byte[]? StripJpeg(byte[] file)
    {
        using var output = new MemoryStream(file.Length);
        output.Write(file, 0, 2);
        var i = 2;
        while (i + 4 <= file.Length)
        {
            if (file[i] != 0xFF)
            {
                return null;
            }

            var marker = file[i + 1];
            if (marker == 0xDA)
            {
                // Start of scan: the compressed picture follows to the end; keep it as it is.
                output.Write(file, i, file.Length - i);
                return output.ToArray();
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(i + 2));
            if (length < 2 || i + 2 + length > file.Length)
            {
                return null;
            }

            // APP1 (EXIF, XMP), APP12, APP13 (IPTC) and comments carry metadata; APP0, APP2 (colour), APP14 stay.
            var drop = marker is 0xE1 or 0xEC or 0xED or 0xFE;
            if (!drop)
            {
                output.Write(file, i, 2 + length);
            }

            i += 2 + length;
        }

        return null;
    }

    private static byte[]? StripPng(byte[] file)
    {
        using var output = new MemoryStream(file.Length);
        output.Write(file, 0, 8);
        var i = 8;
        while (i + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(i));
            if (length > int.MaxValue || i + 12 + (long)length > file.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(file, i + 4, 4);
            if (type is not ("tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME"))
            {
                output.Write(file, i, 12 + (int)length);
            }

            i += 12 + (int)length;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }

    private static byte[]? StripWebP(byte[] file)
    {
        using var output = new MemoryStream(file.Length);
        output.Write(file, 0, 12);
        var i = 12;
        while (i + 8 <= file.Length)
        {
            var fourcc = System.Text.Encoding.ASCII.GetString(file, i, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(i + 4));
            var padded = size + (size & 1);
            if (i + 8 + (long)padded > file.Length && i + 8 + (long)size != file.Length)
            {
                return null;
            }

            var chunkLength = (int)Math.Min(8 + padded, file.Length - i);
            if (fourcc is not ("EXIF" or "XMP "))
            {
                var start = (int)output.Position;
                output.Write(file, i, chunkLength);
                if (fourcc == "VP8X" && chunkLength > 8)
                {
                    // The extended header announces EXIF (bit 3) and XMP (bit 2); they are gone now.
                    var bytes = output.GetBuffer();
                    bytes[start + 8] &= unchecked((byte)~0x0C);
                }
            }

            i += chunkLength;
        }

        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
