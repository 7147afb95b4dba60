using System.Text;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Takes a dossier file: streamed to storage and cut off at its limit, its type told by its bytes, photos stripped of
/// their metadata, and its row committed only once the file is safely on disk. A file replaces the previous one of
/// its kind except photos, of which a team may have several.
/// </summary>
public sealed class DossierUploads(AppDbContext db, AuditLog audit, IFileStorage storage, TimeProvider clock)
{
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

        var settings = context.Settings;
        var limitMb = LimitMegabytes(settings, kind);
        var dossier = await DossierRows.StoreAsync(db, context.Dossier, cancellationToken);
        var active = await db.DossierFiles.Where(f => f.DossierId == dossier.Id && f.RemovedAtUtc == null).ToListAsync(cancellationToken);
        var maxPhotos = settings.PhotosAllowed();
        if (kind == DossierFileKind.Photo && active.Count(f => f.Kind == DossierFileKind.Photo) >= maxPhotos)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, "Dossier.TooManyPhotos", maxPhotos);
        }

        var stored = await storage.SaveAsync(body, limitMb * 1024L * 1024L, cancellationToken);
        if (stored is null)
        {
            return UploadOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "Dossier.FileTooLarge", limitMb);
        }

        var type = FileSniffer.Sniff(stored.Head);
        if (!Accepts(kind, type) || (type == SniffedType.Pdf && !EndsLikePdf(stored.Key)))
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

        var now = clock.GetUtcNow().UtcDateTime;
        var file = new DossierFile
        {
            DossierId = dossier.Id,
            Kind = kind,
            DisplayName = FileSniffer.SafeName(name, type),
            ContentType = FileSniffer.ContentType(type),
            Size = stored.Size,
            Sha256 = stored.Sha256,
            StorageKey = stored.Key,
            ArrivedAtUtc = arrivedAtUtc,
            StoredAtUtc = now,
            UploadedByUserId = userId,
        };
        if (kind != DossierFileKind.Photo)
        {
            foreach (var previous in active.Where(f => f.Kind == kind))
            {
                previous.RemovedAtUtc = arrivedAtUtc;
            }
        }

        db.DossierFiles.Add(file);
        audit.Record("dossier.file-added", "Dossier", context.Team.PublicCode, after: new { kind = kind.ToString(), file.DisplayName, file.Size, file.Sha256 }, editionId: context.Team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
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

        // The file stays on disk: earlier versions and the history still refer to it.
        file.RemovedAtUtc = arrivedAtUtc;
        audit.Record("dossier.file-removed", "Dossier", context.Team.PublicCode, before: new { kind = file.Kind.ToString(), file.DisplayName, file.Sha256 }, editionId: context.Team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return true;
    }

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

    /// <summary>A PDF ends with an end-of-file marker; a file that only starts like one is refused.</summary>
    private bool EndsLikePdf(string key)
    {
        using var stream = storage.OpenRead(key);
        var tail = new byte[Math.Min(1024, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return Encoding.ASCII.GetString(tail).Contains("%%EOF", StringComparison.Ordinal);
    }
}
