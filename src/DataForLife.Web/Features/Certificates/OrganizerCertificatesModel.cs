using System.IO.Compression;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Certificates;

/// <summary>The organisers' certificates: every one issued, each as a PDF or all as one ZIP, revoked or reissued with a reason (audit log).</summary>
[OrganizerArea]
public sealed class OrganizerCertificatesModel(AppDbContext db, EditionStore editions, CertificateIssuer issuer, CertificatePdf pdf, AuditLog audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public IReadOnlyDictionary<int, string> TeamCodes { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string id, string serial, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Certificates.FirstOrDefault(c => c.Serial == serial) is not { } certificate)
        {
            return NotFound();
        }

        return File(await pdf.DrawAsync(certificate, Edition, cancellationToken), "application/pdf", $"{certificate.Serial}.pdf");
    }

    /// <summary>Every valid certificate as one ZIP, a folder per team; the download is written to the audit log.</summary>
    public async Task<IActionResult> OnGetZipAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var certificate in Certificates.Where(c => !c.IsRevoked))
            {
                var entry = zip.CreateEntry($"{TeamCodes.GetValueOrDefault(certificate.TeamId)}/{certificate.Serial}.pdf", CompressionLevel.Fastest);
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(await pdf.DrawAsync(certificate, Edition, cancellationToken), cancellationToken);
            }
        }

        audit.Record("certificates.downloaded", "Edition", id, after: new { count = Certificates.Count(c => !c.IsRevoked) }, editionId: id);
        await audit.SaveChangesAsync(cancellationToken);
        return File(buffer.ToArray(), "application/zip", $"certificates-{id}.zip");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, string serial, string? reason, CancellationToken cancellationToken) =>
        Report(id, await issuer.RevokeAsync(id, serial, reason, cancellationToken), l["Certificates.RevokedNotice", serial].Value);

    public async Task<IActionResult> OnPostReissueAsync(string id, string serial, string? holderName, string? reason, CancellationToken cancellationToken)
    {
        var (outcome, replacement) = await issuer.ReissueAsync(id, serial, holderName, reason, cancellationToken);
        return outcome == CertificateIssuer.Outcome.Done
            ? Report(id, outcome, l["Certificates.Reissued", replacement!].Value)
            : Report(id, outcome, string.Empty);
    }

    private IActionResult Report(string id, CertificateIssuer.Outcome outcome, string message)
    {
        if (outcome == CertificateIssuer.Outcome.NotFound)
        {
            return NotFound();
        }

        var done = outcome == CertificateIssuer.Outcome.Done;
        TempData[done ? "Notice" : "Alert"] = done ? message : l["Certificates." + outcome].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Certificates = await db.Certificates.AsNoTracking().Where(c => c.EditionId == id).OrderBy(c => c.TeamId).ThenBy(c => c.HolderName).ThenBy(c => c.IssuedAtUtc)
            .ToListAsync(cancellationToken);
        var teamIds = Certificates.Select(c => c.TeamId).Distinct().ToList();
        TeamCodes = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.PublicCode, cancellationToken);
        return true;
    }
}
