using DataForLife.Web.Features.Email;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Features.Certificates;

/// <summary>The verification page of a certificate as an absolute link, for the QR code and letters; the origin is <see cref="Infrastructure.PublicAddress"/>'s.</summary>
public sealed class CertificateLinks(IOptions<EmailOptions> options, IHttpContextAccessor http)
{
    public static string Path(string serial) => "/certificates/" + serial;

    public string Verification(string serial) => Infrastructure.PublicAddress.Origin(options.Value.PublicBaseUrl, http.HttpContext?.Request) + Path(serial);
}
