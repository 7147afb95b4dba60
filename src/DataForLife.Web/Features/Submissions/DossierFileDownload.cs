using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>Serves one dossier file, streamed, resumable with range requests, always as a download.</summary>
public sealed class DossierFileDownload(AppDbContext db, IFileStorage storage)
{
    public async Task<IResult> FileAsync(DossierContext context, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.DossierId == context.Dossier.Id, cancellationToken);
        if (file is null || context.Dossier.Id == 0 || !storage.Exists(file.StorageKey))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Stream(storage.OpenRead(file.StorageKey), file.ContentType, file.DisplayName, enableRangeProcessing: true);
    }
}
