using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace DataForLife.BrowserTests.Support;

/// <summary>Reads a certificate as a person's software would: the PDF's text, and the link its QR code image holds.</summary>
public sealed record CertificateFile(string Text, string QrLink)
{
    public static CertificateFile Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.True(image.TryGetBytesAsMemory(out var samples), "the QR code image could not be decoded");
        var (width, height) = (image.WidthInSamples, image.HeightInSamples);
        var luminance = Luminance(samples.ToArray(), width, height, image.BitsPerComponent);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8))));
        Assert.NotNull(result);
        return new CertificateFile(page.Text, result.Text);
    }

    /// <summary>One grey byte per pixel, from RGB or grey samples of 8 bits, or 1-bit samples packed by row.</summary>
    private static byte[] Luminance(byte[] samples, int width, int height, int bits)
    {
        var grey = new byte[width * height];
        if (bits == 1)
        {
            var stride = (width + 7) / 8;
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    grey[(y * width) + x] = (samples[(y * stride) + (x / 8)] & (0x80 >> (x % 8))) != 0 ? (byte)255 : (byte)0;
                }
            }

            return grey;
        }

        var components = samples.Length / (width * height);
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = components >= 3 ? (byte)((samples[i * components] + samples[(i * components) + 1] + samples[(i * components) + 2]) / 3) : samples[i * components];
        }

        return grey;
    }
}
