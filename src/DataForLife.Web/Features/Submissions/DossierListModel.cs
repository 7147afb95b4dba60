using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>The organisers' list of an edition's dossiers: who submitted what and when, and what is still missing.</summary>
[OrganizerArea]
public sealed class DossierListModel(AppDbContext db, EditionStore editions) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int TeamId, string Code, string Name, Dossier? Dossier, DossierVersion? Latest, int Files)
    {
        public bool Complete(SubmissionSettings settings) => Latest is not null
            && DossierRules.Validate(Latest.Text, settings, submitting: true, commitmentAccepted: true, hasSignedScan: true).Count == 0;
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == id).OrderBy(t => t.Sequence).Select(t => new { t.Id, t.PublicCode, t.Name }).ToListAsync(cancellationToken);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.EditionId == id).ToDictionaryAsync(d => d.TeamId, cancellationToken);
        var latest = await db.DossierVersions.AsNoTracking()
            .Where(v => db.Dossiers.Any(d => d.EditionId == id && d.Id == v.DossierId && d.LatestVersion == v.Number))
            .ToDictionaryAsync(v => v.DossierId, cancellationToken);
        var files = await db.DossierFiles.AsNoTracking().Where(f => f.RemovedAtUtc == null && DossierFileKinds.OfDossier.Contains(f.Kind) && db.Dossiers.Any(d => d.EditionId == id && d.Id == f.DossierId))
            .GroupBy(f => f.DossierId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = [.. teams.Select(t =>
        {
            var dossier = dossiers.GetValueOrDefault(t.Id);
            return new Row(t.Id, t.PublicCode, t.Name, dossier, dossier is null ? null : latest.GetValueOrDefault(dossier.Id), dossier is null ? 0 : files.GetValueOrDefault(dossier.Id));
        })];
        return Page();
    }
}
