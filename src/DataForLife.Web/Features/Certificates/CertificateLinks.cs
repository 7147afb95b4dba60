namespace DataForLife.Web.Features.Certificates;

/// <summary>The verification page of a certificate as an absolute link, for the QR code and letters; the origin is <see cref="Infrastructure.PublicAddress"/>'s.</summary>
public sealed class CertificateLinks(Infrastructure.PublicAddress site)
{
    public static string Path(string serial) => "/certificates/" + serial;

    public string Verification(string serial) => site.Link(Path(serial));
}
