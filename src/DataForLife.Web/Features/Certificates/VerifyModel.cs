using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Certificates;

/// <summary>The public page a certificate's QR code opens: who holds it, what it attests, and whether it still stands.</summary>
[AllowAnonymous]
public sealed class VerifyModel(CertificateLookup lookup) : PageModel
{
    public string Serial { get; private set; } = string.Empty;

    public FoundCertificate? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(string serial, CancellationToken cancellationToken)
    {
        Serial = serial;
        Found = await lookup.PublicAsync(serial, cancellationToken);
        // An unknown serial is a page of its own that says so, answered as not found.
        Response.StatusCode = Found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
