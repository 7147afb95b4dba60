using System.Reflection;
using PdfSharp.Fonts;

namespace DataForLife.Web.Features.Certificates;

/// <summary>
/// The certificates' fonts, shipped inside the application (Noto Sans and Noto Serif Bold, SIL Open Font Licence, see
/// Fonts/LICENSE-OFL.txt): every Vietnamese letter has its own glyph in them, and the PDF embeds them, so a certificate
/// looks the same whatever fonts the server or the reader's machine has.
/// </summary>
public sealed class CertificateFonts : IFontResolver
{
    public const string Sans = "Noto Sans";
    public const string Serif = "Noto Serif";

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver for the process, once (the PDF library keeps one for everything it draws).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not CertificateFonts)
            {
                GlobalFontSettings.FontResolver = new CertificateFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Serif, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo("NotoSerif-Bold")
        : new FontResolverInfo("NotoSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
