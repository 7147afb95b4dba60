using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>What a dossier holds now, what will be judged, and its history.</summary>
public sealed class DossierQueries(AppDbContext db)
{
    public async Task<DossierVersion?> LatestAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? null : await db.DossierVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.DossierId == dossier.Id && v.Number == dossier.LatestVersion, cancellationToken);

    public async Task<DossierVersion?> VersionAsync(Dossier dossier, int number, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? null : await db.DossierVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DossierId == dossier.Id && v.Number == number, cancellationToken);

    /// <summary>The version submitted last before the deadline: the one the council reads.</summary>
    public async Task<DossierVersion?> JudgedAsync(Dossier dossier, DateTime deadlineUtc, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? null : await db.DossierVersions.AsNoTracking()
            .Where(v => v.DossierId == dossier.Id && v.IsSubmission && v.SavedAtUtc < deadlineUtc)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Files whose upload reached the server before the deadline and that were not removed before it.</summary>
    public async Task<IReadOnlyList<DossierFile>> FilesAtAsync(Dossier dossier, DateTime momentUtc, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? [] : await db.DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossier.Id && DossierFileKinds.OfDossier.Contains(f.Kind) && f.ArrivedAtUtc < momentUtc && (f.RemovedAtUtc == null || f.RemovedAtUtc >= momentUtc))
            .OrderBy(f => f.Kind).ThenBy(f => f.ArrivedAtUtc).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DossierFile>> ActiveFilesAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? [] : await db.DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossier.Id && DossierFileKinds.OfDossier.Contains(f.Kind) && f.RemovedAtUtc == null)
            .OrderBy(f => f.Kind).ThenBy(f => f.ArrivedAtUtc).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DossierVersion>> HistoryAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? [] : await db.DossierVersions.AsNoTracking().Where(v => v.DossierId == dossier.Id)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DossierFile>> AllFilesAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? [] : await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == dossier.Id && DossierFileKinds.OfDossier.Contains(f.Kind))
            .OrderByDescending(f => f.ArrivedAtUtc).ToListAsync(cancellationToken);

    /// <summary>The edition's catalogue entries, in catalogue order, for the dossier's "data sets used" choice and display.</summary>
    public async Task<IReadOnlyList<(string Slug, LocalizedText Name)>> CatalogueAsync(string editionId, CancellationToken cancellationToken) =>
        [.. (await db.Set<DataSet>().AsNoTracking().Where(d => d.EditionId == editionId).OrderBy(d => d.Position).ThenBy(d => d.Id)
            .Select(d => new { d.Slug, d.NameVi, d.NameEn }).ToListAsync(cancellationToken)).Select(d => (d.Slug, new LocalizedText(d.NameVi, d.NameEn)))];
}
