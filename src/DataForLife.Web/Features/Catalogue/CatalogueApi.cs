using System.Security.Claims;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// The data catalogue as an API: public reading, downloads with range requests, teams' predictions, organisers' files.
/// Bodies are raw (text/csv, application/octet-stream), which no cross-site form can send, so no antiforgery token is needed.
/// </summary>
public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/editions/{edition}/datasets").WithTags("Catalogue");
        api.MapGet("/", ListAsync).AllowAnonymous()
            .WithSummary("The edition's data catalogue, filtered by category, topic and provider (organiser|partner|open); a null fact is not confirmed.");
        api.MapGet("/{slug}", GetAsync).AllowAnonymous().WithSummary("One data set with its hosted files; their url serves them with range requests.");
        api.MapGet("/{slug}/leaderboard", LeaderboardAsync).AllowAnonymous()
            .WithSummary("Each team's best overall F1 on the data set; 404 unless the edition makes leaderboards public (organisers always see it).");
        api.MapPost("/{slug}/predictions", PredictAsync).RequireAuthorization().WithBodyCheckedByHandler(Domain.Catalogue.PredictionFile.MaxBytes + BodyLimits.Slack).Accepts<string>("text/csv")
            .WithSummary("A team member sends predictions (CSV record_id,class,group_id) as the raw body; they are scored against the kept labels and kept.");
        api.MapPost("/{slug}/files", UploadAsync).RequireAuthorization(Policies.Organizer).WithBodyCheckedByHandler(BodyLimits.ServerDefaultBytes).Accepts<string>("application/octet-stream")
            .WithSummary("Organisers host a file sent as the raw body (name=...); its size and SHA-256 are recorded.");
        api.MapDelete("/{slug}/files/{fileId:guid}", DeleteAsync).RequireAuthorization(Policies.Organizer).WithSummary("Organisers remove a hosted file.");
        app.MapMethods("/data/{slug}/files/{fileId:guid}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<DataSetResponse[]>, NotFound>> ListAsync(string edition, [AsParameters] CatalogueFilter filter,
        EditionStore editions, CatalogueQueries queries, CancellationToken ct)
    {
        if (await editions.FindAsync(edition, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var list = await queries.ListAsync(edition, filter, ct);
        var usage = await queries.UsageAsync(edition, ct);
        return TypedResults.Ok(list.Select(d => DataSetResponse.From(d, usage)).ToArray());
    }

    private static async Task<Results<Ok<DataSetResponse>, NotFound>> GetAsync(string edition, string slug, CatalogueQueries queries, CancellationToken ct) =>
        await queries.FindAsync(edition, slug, ct) is { } dataSet ? TypedResults.Ok(DataSetResponse.From(dataSet, await queries.UsageAsync(edition, ct))) : TypedResults.NotFound();

    private static async Task<Results<Ok<LeaderboardEntryResponse[]>, NotFound>> LeaderboardAsync(string edition, string slug, ClaimsPrincipal user,
        EditionStore editions, CatalogueQueries queries, CancellationToken ct)
    {
        if (await editions.FindAsync(edition, ct) is not { } found || !LeaderboardAccess.CanSee(found, user)
            || await queries.FindAsync(edition, slug, ct) is not { AcceptsPredictions: true } dataSet)
        {
            return TypedResults.NotFound();
        }

        var board = await queries.LeaderboardAsync(dataSet.Id, ct);
        return TypedResults.Ok(board.Rows.Select(r => new LeaderboardEntryResponse(r.Rank, board.Teams[r.TeamId].PublicCode, board.Teams[r.TeamId].Name,
            r.Best.F1, r.Best.Precision, r.Best.Recall, new DateTimeOffset(r.Best.SubmittedAtUtc, TimeSpan.Zero), r.Submissions)).ToArray());
    }

    private static async Task<IResult> PredictAsync(string edition, string slug, string? name, ClaimsPrincipal user, HttpRequest request,
        CatalogueQueries queries, PredictionCommands predictions, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (IsFormOrText(request))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Catalogue.RawBody"]);
        }

        if (await queries.FindAsync(edition, slug, ct) is not { } dataSet)
        {
            return TypedResults.NotFound();
        }

        if (request.ContentLength > Domain.Catalogue.PredictionFile.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Catalogue.Predictions.TooLarge", Domain.Catalogue.PredictionFile.MaxBytes / 1024 / 1024]);
        }

        var outcome = await predictions.SubmitAsync(dataSet, UserId(user), name, request.Body, ct);
        if (outcome.Submission is not { } submission)
        {
            return TypedResults.Problem(statusCode: outcome.Status, title: l[outcome.Error!.MessageKey, outcome.Error.Arguments]);
        }

        var team = await queries.TeamOfAsync(UserId(user), edition, ct);
        return TypedResults.Created($"/data/{slug}", ScoreResponse.From(submission, team?.PublicCode ?? string.Empty));
    }

    private static async Task<IResult> UploadAsync(string edition, string slug, string? name, ClaimsPrincipal user, HttpContext http,
        CatalogueQueries queries, HostedFileUploads uploads, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (IsFormOrText(http.Request))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Catalogue.RawBody"]);
        }

        if (await queries.FindAsync(edition, slug, ct) is not { } dataSet)
        {
            return TypedResults.NotFound();
        }

        if (http.Request.ContentLength > uploads.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Catalogue.FileTooLarge", uploads.MaxMegabytes]);
        }

        // Data files may be far larger than the server's default body limit; only this endpoint raises it, and the
        // catalogue's own limit is enforced while the file streams in.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = uploads.MaxBytes + 1;
        }

        var (file, error, status) = await uploads.UploadAsync(dataSet, name, UserId(user), http.Request.Body, ct);
        return file is not null
            ? TypedResults.Created(HostedFileResponse.DownloadPath(slug, file.Id), HostedFileResponse.From(dataSet, file))
            : TypedResults.Problem(statusCode: status, title: l[error!.MessageKey, error.Arguments]);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string edition, string slug, Guid fileId, CatalogueQueries queries,
        HostedFileUploads uploads, CancellationToken ct) =>
        await queries.FindAsync(edition, slug, ct) is { } dataSet && await uploads.RemoveAsync(dataSet, fileId, ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static Task<IResult> DownloadAsync(string slug, Guid fileId, HttpContext http, HostedFileDownload download, CancellationToken ct) =>
        download.ServeAsync(slug, fileId, http, ct);

    private static bool IsFormOrText(HttpRequest request) =>
        request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() is null or "application/x-www-form-urlencoded" or "multipart/form-data" or "text/plain";

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
