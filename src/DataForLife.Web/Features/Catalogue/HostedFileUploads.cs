using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Organisers' files of a data set: streamed to storage and cut off at the configured limit, hashed on the way, the
/// row committed only once the file is safely stored. Removing a file deletes it from storage after the commit.
/// </summary>
public sealed class HostedFileUploads(AppDbContext db, AuditLog audit, IFileStorage storage, TimeProvider clock, IOptions<CatalogueOptions> options)
{
    public long MaxBytes => options.Value.MaxFileBytes;

    public long MaxMegabytes => options.Value.MaxFileMegabytes;

    public async Task<(HostedFile? File, FieldError? Error, int Status)> UploadAsync(DataSet dataSet, string? name, string userId, Stream body,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var stored = await storage.SaveAsync(body, MaxBytes, cancellationToken);
        if (stored is null)
        {
            return (null, new FieldError("File", "Catalogue.FileTooLarge", options.Value.MaxFileMegabytes), StatusCodes.Status413PayloadTooLarge);
        }

        if (stored.Size == 0)
        {
            storage.Delete(stored.Key);
            return (null, new FieldError("File", "Catalogue.FileEmpty"), StatusCodes.Status400BadRequest);
        }

        var fileName = HostedFileName.Clean(name);
        var file = new HostedFile
        {
            DataSetId = dataSet.Id,
            FileName = fileName,
            ContentType = HostedFileName.ContentType(fileName),
            Size = stored.Size,
            Sha256 = stored.Sha256,
            StorageKey = stored.Key,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = userId,
        };
        db.Set<HostedFile>().Add(file);
        audit.Record("catalogue.file-added", "DataSet", $"{dataSet.EditionId}/{dataSet.Slug}", after: new { file.FileName, file.Size, file.Sha256 }, editionId: dataSet.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return (file, null, StatusCodes.Status201Created);
    }

    public async Task<bool> RemoveAsync(DataSet dataSet, Guid fileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var file = await db.Set<HostedFile>().FirstOrDefaultAsync(f => f.Id == fileId && f.DataSetId == dataSet.Id, cancellationToken);
        if (file is null)
        {
            return false;
        }

        db.Set<HostedFile>().Remove(file);
        audit.Record("catalogue.file-removed", "DataSet", $"{dataSet.EditionId}/{dataSet.Slug}", before: new { file.FileName, file.Size, file.Sha256 }, editionId: dataSet.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        if (storage.Exists(file.StorageKey))
        {
            storage.Delete(file.StorageKey);
        }

        return true;
    }
}
