using System.Security.Claims;
using DataForLife.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Certificates;

/// <summary>Verifying a certificate by its serial (anyone), and a member downloading one of their team's certificates.</summary>
public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/certificates/{serial}", GetAsync).AllowAnonymous().WithTags("Certificates")
            .WithSummary("A certificate by its serial: holder, award, edition, issue date and status (valid or revoked, with the reason); 404 for an unknown serial.");
        app.MapGet("/team/certificates/{serial}.pdf", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<CertificateResponse>, NotFound>> GetAsync(string serial, CertificateLookup lookup, CancellationToken ct) =>
        await lookup.PublicAsync(serial, ct) is { } found ? TypedResults.Ok(CertificateResponse.From(found)) : TypedResults.NotFound();

    /// <summary>A certificate of the member's own team, still valid; anything else does not exist for them.</summary>
    private static async Task<IResult> DownloadAsync(string serial, ClaimsPrincipal user, AppDbContext db, CertificateLookup lookup, CertificatePdf pdf,
        CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (await lookup.PublicAsync(serial, ct) is not { Certificate.IsRevoked: false } found
            || !await db.TeamMembers.AnyAsync(m => m.TeamId == found.Certificate.TeamId && m.UserId == userId, ct))
        {
            return TypedResults.NotFound();
        }

        var bytes = await pdf.DrawAsync(found.Certificate, found.Edition, ct);
        return TypedResults.File(bytes, "application/pdf", $"{found.Certificate.Serial}.pdf");
    }
}
