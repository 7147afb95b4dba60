using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Serves a hosted file: streamed, with its length, a strong ETag (its SHA-256) and byte ranges, so a broken download
/// resumes. The count is raised in the database as the response starts, by one atomic update any instance may run.
/// </summary>
public sealed class HostedFileDownload(AppDbContext db, IFileStorage storage)
{
    public async Task<IResult> ServeAsync(string slug, Guid fileId, HttpContext http, CancellationToken cancellationToken)
    {
        var file = await db.Set<HostedFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == fileId && db.Set<DataSet>().Any(d => d.Id == f.DataSetId && d.Slug == slug), cancellationToken);
        if (file is null || !storage.Exists(file.StorageKey))
        {
            return TypedResults.NotFound();
        }

        var response = http.Response;
        response.OnStarting(async () =>
        {
            if (DownloadCounting.Counts(http.Request.Method, response.StatusCode, response.Headers.ContentRange, file.Size))
            {
                await db.Set<HostedFile>().Where(f => f.Id == file.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.DownloadCount, f => f.DownloadCount + 1), CancellationToken.None);
            }
        });
        return TypedResults.Stream(storage.OpenRead(file.StorageKey), file.ContentType, file.FileName,
            new DateTimeOffset(file.UploadedAtUtc, TimeSpan.Zero), new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }
}
