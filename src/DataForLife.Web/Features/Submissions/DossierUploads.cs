using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure;
using DataForLife.Web.Infrastructure.Files;
using DataForLife.Web.Infrastructure.Throttling;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Takes a dossier file: streamed to storage and cut off at its limit, its type told by its bytes and checked through
/// its structure, photos stripped of their metadata, and its row committed only once the file is safely on disk. A
/// file replaces the previous one of its kind except photos, of which a team may have several. The photo limit and the
/// team's quota are decided under the audit log's lock, so uploads sent at once cannot pass them together; an account
/// uploads at most <see cref="UploadsPerHour"/> files an hour; replaced and removed files that no saved version refers
/// to are deleted from storage once <see cref="PurgeAfter"/> has passed (a save being checked may still list them).
/// </summary>
public sealed class DossierUploads(AppDbContext db, AuditLog audit, IFileStorage storage, Throttle throttle, CriticalSections sections, TimeProvider clock)
{
    public const int UploadsPerHour = 60;

    public static readonly TimeSpan PurgeAfter = TimeSpan.FromMinutes(10);

    /// <summary>The edition's limit for a file of this kind, in megabytes.</summary>
    public static int LimitMegabytes(SubmissionSettings settings, DossierFileKind kind) => kind switch
    {
        DossierFileKind.Photo => settings.MaxPhotoMegabytes,
        DossierFileKind.Video or DossierFileKind.HandInVideo => settings.MaxVideoMegabytes,
        _ => settings.MaxPdfMegabytes,
    };

    public async Task<UploadOutcome> UploadAsync(DossierContext context, string userId, DossierFileKind kind, string? name, Stream body,
        DateTime arrivedAtUtc, CancellationToken cancellationToken = default)
    {
        if (!context.IsOpenAt(arrivedAtUtc))
        {
            return UploadOutcome.Refused(StatusCodes.Status403Forbidden, arrivedAtUtc < context.OpensAtUtc ? "Dossier.NotOpenYet" : "Dossier.Closed");
        }

        // The door of the section below: on SQLite a request held inside keeps every other write waiting, the count just below included.
        await sections.ArrivedAsync("dossier.upload", cancellationToken);
        if (!await throttle.TryTakeAsync("upload:" + userId, UploadsPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            return UploadOutcome.Refused(StatusCodes.Status429TooManyRequests, "Dossier.TooManyUploads", UploadsPerHour);
        }

        var settings = context.Settings;
        var limitMb = LimitMegabytes(settings, kind);
        var stored = await storage.SaveAsync(body, limitMb * 1024L * 1024L, cancellationToken);
        if (stored is null)
        {
            return UploadOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "Dossier.FileTooLarge", limitMb);
        }

        var type = FileSniffer.Sniff(stored.Head);
        bool wellFormed;
        await using (var read = storage.OpenRead(stored.Key))
        {
            wellFormed = Accepts(kind, type) && FileStructure.IsWellFormed(type, read);
        }

        if (!wellFormed)
        {
            storage.Delete(stored.Key);
            return UploadOutcome.Refused(StatusCodes.Status415UnsupportedMediaType, "Dossier.FileType." + kind);
        }

        if (type is SniffedType.Jpeg or SniffedType.Png or SniffedType.WebP)
        {
            byte[] original;
            await using (var read = storage.OpenRead(stored.Key))
            using (var copy = new MemoryStream())
            {
                await read.CopyToAsync(copy, cancellationToken);
                original = copy.ToArray();
            }

            var stripped = MetadataStripper.Strip(original, type);
            if (stripped is null)
            {
                storage.Delete(stored.Key);
                return UploadOutcome.Refused(StatusCodes.Status415UnsupportedMediaType, "Dossier.FileType." + kind);
            }

            stored = await storage.ReplaceAsync(stored.Key, stripped, cancellationToken);
        }

        var file = new DossierFile
        {
            Kind = kind,
            DisplayName = FileSniffer.SafeName(name, type),
            ContentType = FileSniffer.ContentType(type),
            Size = stored.Size,
            Sha256 = stored.Sha256,
            StorageKey = stored.Key,
            ArrivedAtUtc = arrivedAtUtc,
            UploadedByUserId = userId,
        };
        UploadOutcome? refusal = null;
        List<string> purged = [];
        await audit.InTransactionAsync(async ct =>
        {
            await sections.InsideAsync("dossier.upload", ct);
            var dossier = await DossierRows.StoreAsync(db, context.Dossier, ct);
            var files = await db.DossierFiles.Where(f => f.DossierId == dossier.Id && f.PurgedAtUtc == null).ToListAsync(ct);
            var active = files.Where(f => f.RemovedAtUtc == null).ToList();
            var maxPhotos = settings.PhotosAllowed();
            if (kind == DossierFileKind.Photo && active.Count(f => f.Kind == DossierFileKind.Photo) >= maxPhotos)
            {
                refusal = UploadOutcome.Refused(StatusCodes.Status400BadRequest, "Dossier.TooManyPhotos", maxPhotos);
                return null;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (kind != DossierFileKind.Photo)
            {
                foreach (var previous in active.Where(f => f.Kind == kind))
                {
                    previous.RemovedAtUtc = arrivedAtUtc;
                }
            }

            purged = await PurgeAsync(dossier.Id, files, now, ct);
            var quota = settings.MaxTeamMegabytes * 1024L * 1024L;
            var used = files.Where(f => f.PurgedAtUtc == null).Sum(f => f.Size);
            if (used + file.Size > quota)
            {
                refusal = UploadOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "Dossier.QuotaFull", settings.MaxTeamMegabytes, Megabytes(used));
                return null;
            }

            file.DossierId = dossier.Id;
            file.StoredAtUtc = now;
            db.DossierFiles.Add(file);
            audit.Record("dossier.file-added", "Dossier", context.Team.PublicCode, after: new { kind = kind.ToString(), file.DisplayName, file.Size, file.Sha256 }, editionId: context.Team.EditionId);
            await db.SaveChangesAsync(ct);
            return file;
        }, cancellationToken);

        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            storage.Delete(stored.Key);
            return refusal;
        }

        DeleteStored(purged);
        return UploadOutcome.Stored(file);
    }

    public async Task<bool> RemoveAsync(DossierContext context, Guid fileId, DateTime arrivedAtUtc, CancellationToken cancellationToken = default)
    {
        if (!context.IsOpenAt(arrivedAtUtc) || context.Dossier.Id == 0)
        {
            return false;
        }

        var file = await db.DossierFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.DossierId == context.Dossier.Id && f.RemovedAtUtc == null, cancellationToken);
        if (file is null)
        {
            return false;
        }

        // The file stays on disk while a saved version refers to it, and for a while even if none does.
        file.RemovedAtUtc = arrivedAtUtc;
        audit.Record("dossier.file-removed", "Dossier", context.Team.PublicCode, before: new { kind = file.Kind.ToString(), file.DisplayName, file.Sha256 }, editionId: context.Team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks as purged the removed files that no version refers to and that were removed long enough ago.</summary>
    private async Task<List<string>> PurgeAsync(int dossierId, IReadOnlyList<DossierFile> files, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var removed = files.Where(f => f.RemovedAtUtc is { } at && at <= nowUtc - PurgeAfter).ToList();
        if (removed.Count == 0)
        {
            return [];
        }

        // Versions of the dossier and of the final's hand-in (whose files are dossier files of its own kinds) refer to files.
        var teamId = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.TeamId).FirstAsync(cancellationToken);
        var dossierVersions = await db.DossierVersions.AsNoTracking().Where(v => v.DossierId == dossierId).Select(v => v.FileIds).ToListAsync(cancellationToken);
        var handInVersions = await db.HandInVersions.AsNoTracking()
            .Where(v => db.HandIns.Any(h => h.Id == v.HandInId && h.TeamId == teamId)).Select(v => v.FileIds).ToListAsync(cancellationToken);
        var referenced = dossierVersions.Concat(handInVersions)
            .SelectMany(ids => ids.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var purge = removed.Where(f => !referenced.Contains(f.Id.ToString())).ToList();
        purge.ForEach(f => f.PurgedAtUtc = nowUtc);
        return [.. purge.Select(f => f.StorageKey)];
    }

    private void DeleteStored(IEnumerable<string> keys)
    {
        foreach (var key in keys.Where(storage.Exists))
        {
            storage.Delete(key);
        }
    }

    private static int Megabytes(long bytes) => (int)Math.Ceiling(bytes / (1024d * 1024d));

    private static bool Accepts(DossierFileKind kind, SniffedType type) => kind switch
    {
        DossierFileKind.Photo => type is SniffedType.Jpeg or SniffedType.Png or SniffedType.WebP,
        DossierFileKind.Video => type == SniffedType.Mp4,
        DossierFileKind.Pdf => type == SniffedType.Pdf,
        DossierFileKind.SignedScan => type is SniffedType.Pdf or SniffedType.Jpeg or SniffedType.Png,
        DossierFileKind.HandInVideo => type == SniffedType.Mp4,
        DossierFileKind.HandInSlides => type == SniffedType.Pdf,
        _ => false,
    };
}
