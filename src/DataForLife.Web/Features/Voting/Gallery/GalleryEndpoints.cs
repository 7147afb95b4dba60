using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Web.Features.Voting.Gallery;

/// <summary>The photo and uploaded video of a published entry's judged dossier, public while it is in the vote.</summary>
public static class GalleryEndpoints
{
    public static IEndpointRouteBuilder MapGalleryMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/vote/{code}/media/{fileId:guid}", MediaAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> MediaAsync(string code, Guid fileId, string? edition, HttpContext http, EditionStore editions, VotingCatalog catalog,
        GalleryEntries gallery, IFileStorage storage, CancellationToken ct)
    {
        var id = edition ?? await editions.CurrentIdAsync(ct);
        if (id is null || await catalog.FindAsync(id, ct) is not { } state || await gallery.MediaAsync(state, code, fileId, ct) is not { } file
            || !storage.Exists(file.StorageKey))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Stream(storage.OpenRead(file.StorageKey), file.ContentType, enableRangeProcessing: true);
    }
}
