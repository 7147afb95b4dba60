using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using DataForLife.Web.Infrastructure.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// The organisers' list of an edition's dossiers: who submitted what and when, and what is still missing; searched,
/// filtered by state, sorted, paged and exported with the same query (<see cref="ListQuery"/>).
/// </summary>
[OrganizerArea]
public sealed class DossierListModel(AppDbContext db, EditionStore editions, ListExport export, IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    /// <summary>submitted, not-submitted, complete or incomplete; anything else shows every dossier.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public ListPage<Row> Rows { get; private set; } = null!;

    public int Submitted { get; private set; }

    public int Teams { get; private set; }

    public IReadOnlyList<ListColumn<Row>> Columns { get; private set; } = [];

    public IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?> { ["state"] = State };

    public sealed record Row(int TeamId, int Sequence, string Code, string Name, Dossier? Dossier, DossierVersion? Latest, int Files, bool IsComplete);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        Rows = Query.PageOf(rows, Columns);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string id, string format, CancellationToken cancellationToken)
    {
        if (!ListExport.IsFormat(format) || await LoadAsync(id, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        await export.WriteAsync(Response, "dossiers", id, format, Query.Select(rows, Columns), Columns, Query.Described(Filters), cancellationToken);
        return new EmptyResult();
    }

    private async Task<IReadOnlyList<Row>?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return null;
        }

        Edition = edition;
        var settings = edition.Definition.Submission;
        var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == id).OrderBy(t => t.Sequence).Select(t => new { t.Id, t.Sequence, t.PublicCode, t.Name }).ToListAsync(cancellationToken);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.EditionId == id).ToDictionaryAsync(d => d.TeamId, cancellationToken);
        var latest = await db.DossierVersions.AsNoTracking()
            .Where(v => db.Dossiers.Any(d => d.EditionId == id && d.Id == v.DossierId && d.LatestVersion == v.Number))
            .ToDictionaryAsync(v => v.DossierId, cancellationToken);
        var files = await db.DossierFiles.AsNoTracking().Where(f => f.RemovedAtUtc == null && DossierFileKinds.OfDossier.Contains(f.Kind) && db.Dossiers.Any(d => d.EditionId == id && d.Id == f.DossierId))
            .GroupBy(f => f.DossierId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = teams.Select(t =>
        {
            var dossier = dossiers.GetValueOrDefault(t.Id);
            var version = dossier is null ? null : latest.GetValueOrDefault(dossier.Id);
            var complete = version is not null
                && DossierRules.Validate(version.Text, settings, submitting: true, commitmentAccepted: true, hasSignedScan: true).Count == 0;
            return new Row(t.Id, t.Sequence, t.PublicCode, t.Name, dossier, version, dossier is null ? 0 : files.GetValueOrDefault(dossier.Id), complete);
        }).ToList();
        Teams = rows.Count;
        Submitted = rows.Count(r => r.Dossier?.SubmittedVersion is not null);
        Columns = DossierColumns();
        return [.. rows.Where(r => State switch
        {
            "submitted" => r.Dossier?.SubmittedVersion is not null,
            "not-submitted" => r.Dossier?.SubmittedVersion is null,
            "complete" => r.IsComplete,
            "incomplete" => !r.IsComplete,
            _ => true,
        })];
    }

    private List<ListColumn<Row>> DossierColumns() =>
    [
        new("code", "Teams.Code", r => r.Sequence, r => r.Code),
        new("name", "Team.Name", r => VietnameseText.Fold(r.Name), r => r.Name),
        new("complete", "Dossiers.Complete", r => r.IsComplete, r => l[r.IsComplete ? "Dossiers.Yes" : "Dossiers.No"].Value),
        new("submitted", "Dossiers.SubmittedAt", r => r.Dossier?.SubmittedAtUtc,
            r => r.Dossier?.SubmittedAtUtc is { } at ? VietnamTime.Format(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))) : string.Empty),
        new("version", "Dossiers.Version", r => r.Dossier?.SubmittedVersion, r => r.Dossier?.SubmittedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("files", "Dossier.Files", r => r.Files, r => r.Files.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
