using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Serves a hosted file: streamed, with its length, a strong ETag (its SHA-256) and byte ranges, so a broken download
/// resumes. The count is raised in the database as the response starts, by one atomic update any instance may run.
/// An entry for registered teams only sends others to sign in (or, signed in, to the access-denied page).
/// </summary>
public sealed class HostedFileDownload(AppDbContext db, IFileStorage storage, DownloadAccess access)
{
    public async Task<IResult> ServeAsync(string slug, Guid fileId, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await db.Set<HostedFile>().AsNoTracking()
            .Where(f => f.Id == fileId)
            .Join(db.Set<DataSet>().Where(d => d.Slug == slug), f => f.DataSetId, d => d.Id, (f, d) => new { File = f, d.EditionId, d.Audience })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !storage.Exists(found.File.StorageKey))
        {
            return TypedResults.NotFound();
        }

        if (!await access.AllowsAsync(http.User, found.EditionId, found.Audience, cancellationToken))
        {
            return http.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
        }

        var file = found.File;

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
