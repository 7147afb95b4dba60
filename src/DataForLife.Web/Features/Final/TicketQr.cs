using QRCoder;

namespace DataForLife.Web.Features.Final;

/// <summary>The QR picture of a ticket: its payload (edition and code) as a PNG, for the finalist's page and e-mail.</summary>
public static class TicketQr
{
    public static byte[] Png(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    public static string DataUri(string payload) => "data:image/png;base64," + Convert.ToBase64String(Png(payload));
}
