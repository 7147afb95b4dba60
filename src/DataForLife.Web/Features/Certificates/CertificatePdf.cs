using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace DataForLife.Web.Features.Certificates;

/// <summary>
/// Draws a certificate: A4 landscape, the edition's name and organisers, the holder's full name, the team, what is
/// attested in Vietnamese and English, the date, the serial, and a QR code that opens the public verification page.
/// </summary>
public sealed class CertificatePdf(AppDbContext db, CertificateLinks links)
{
    private static readonly XColor Accent = XColor.FromArgb(0xb3, 0x14, 0x1e);
    private static readonly XColor Ink = XColor.FromArgb(0x1b, 0x1f, 0x24);
    private static readonly XColor Muted = XColor.FromArgb(0x4a, 0x53, 0x60);

    public async Task<byte[]> DrawAsync(Certificate certificate, Edition edition, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == certificate.TeamId).Select(t => new { t.PublicCode, t.Name, t.IdeaName })
            .FirstAsync(cancellationToken);
        CertificateFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"{certificate.AwardVi} – {certificate.HolderName}";
        document.Info.Subject = certificate.Serial;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            Draw(g, page.Width.Point, page.Height.Point, certificate, edition.Definition, $"{team.Name} ({team.PublicCode})", team.IdeaName);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void Draw(XGraphics g, double width, double height, Certificate certificate, EditionDefinition edition, string team, string idea)
    {
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Sans(double size) => new(CertificateFonts.Sans, size, XFontStyleEx.Regular, unicode);
        XFont Serif(double size) => new(CertificateFonts.Serif, size, XFontStyleEx.Bold, unicode);
        g.DrawRectangle(new XPen(Accent, 6), 24, 24, width - 48, height - 48);
        g.DrawRectangle(new XPen(Accent, 1), 36, 36, width - 72, height - 72);

        void Centre(string text, XFont font, XColor colour, double y) =>
            g.DrawString(Fit(g, text, font, width - 140), font, new XSolidBrush(colour), new XRect(70, y, width - 140, font.Size * 1.4), XStringFormats.TopCenter);

        Centre(Fit(g, edition.Organisers.Vi, Sans(9), width - 140), Sans(9), Muted, 52);
        Centre(edition.Name.Vi, Sans(13), Ink, 80);
        Centre("GIẤY CHỨNG NHẬN", Serif(34), Accent, 112);
        Centre("CERTIFICATE", Sans(14), Muted, 156);
        Centre("Trao cho · Awarded to", Sans(12), Muted, 190);
        // The holder's name is never shortened: it is set smaller until it fits.
        var nameSize = 32.0;
        while (nameSize > 14 && g.MeasureString(certificate.HolderName, Serif(nameSize)).Width > width - 140)
        {
            nameSize -= 2;
        }

        Centre(certificate.HolderName, Serif(nameSize), Ink, 212 + ((32 - nameSize) / 2));
        Centre($"Thành viên đội · Member of the team {team}", Sans(12), Ink, 262);
        Centre(idea, Sans(12), Muted, 282);
        Centre(certificate.AwardVi, Serif(24), Accent, 316);
        Centre(certificate.AwardEn, Sans(14), Ink, 350);
        var day = VietnamTime.ToVietnam(certificate.IssuedAtUtc);
        Centre(string.Create(CultureInfo.InvariantCulture, $"Hà Nội, ngày {day:dd} tháng {day:MM} năm {day:yyyy} · Issued on {day:dd/MM/yyyy}"), Sans(11), Ink, 384);

        var link = links.Verification(certificate.Serial);
        const double qr = 96;
        using (var image = XImage.FromStream(new MemoryStream(QrBitmap(link))))
        {
            g.DrawImage(image, width - 60 - qr, height - 60 - qr, qr, qr);
        }

        var left = new XRect(60, height - 60 - 46, width - 200 - qr, 16);
        g.DrawString($"Số hiệu · Serial: {certificate.Serial}", Sans(11), new XSolidBrush(Ink), left, XStringFormats.TopLeft);
        left.Offset(0, 16);
        g.DrawString("Kiểm tra giấy chứng nhận · Verify this certificate:", Sans(9), new XSolidBrush(Muted), left, XStringFormats.TopLeft);
        left.Offset(0, 13);
        g.DrawString(link, Sans(9), new XSolidBrush(Muted), left, XStringFormats.TopLeft);
    }

    /// <summary>The QR code as an uncompressed bitmap, eight pixels a module: sharp when printed, and readable from the file.</summary>
    private static byte[] QrBitmap(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(8);
    }

    /// <summary>A text too long for its line is shortened with an ellipsis rather than running off the page.</summary>
    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && g.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }
}
