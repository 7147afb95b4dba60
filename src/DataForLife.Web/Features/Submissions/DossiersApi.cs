using System.Security.Claims;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Registration;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// A team's dossier as an API, for its members (and organisers, read-only). Anyone else gets 404. Files are sent as
/// the raw request body, which no cross-site form can produce, so these calls need no antiforgery token.
/// </summary>
public static class DossiersApi
{
    public static IEndpointRouteBuilder MapDossiers(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/teams/{teamId:int}/dossier").WithTags("Dossiers").RequireAuthorization();
        api.MapGet("/", GetAsync).WithSummary("The dossier: latest texts, files, deadline; members and organisers only.");
        api.MapPut("/", PutAsync).WithSummary("Saves a version (submit=true: the leader submits, with acceptCommitment=true). 409 when someone else saved since baseVersion.");
        api.MapPost("/files", UploadAsync).WithBodyCheckedByHandler(BodyLimits.ServerDefaultBytes).WithSummary("Adds a file (kind=photo|video|pdf|signedScan) sent as the raw body; the type is told by content.");
        api.MapDelete("/files/{fileId:guid}", DeleteAsync).WithSummary("Removes a file from the dossier (it stays in the history).");
        app.MapGet("/team/dossier/files/{fileId:guid}", DownloadOwnAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/organizer/dossiers/{teamId:int}/files/{fileId:guid}", DownloadAnyAsync).RequireAuthorization(Policies.OrganizerOrObserver).ExcludeFromDescription();
        app.MapGet("/organizer/dossiers/{teamId:int}/dossier.zip", TeamZipAsync).RequireAuthorization(Policies.Organizer).ExcludeFromDescription();
        app.MapGet("/organizer/editions/{id}/dossiers.zip", EditionZipAsync).RequireAuthorization(Policies.Organizer).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> TeamZipAsync(int teamId, HttpContext http, DossierAccess access, DossierZip zip, Audit.AuditLog audit, CancellationToken ct)
    {
        if (await access.ForOrganiserAsync(teamId, ct) is not { } context || context.Dossier.Id == 0)
        {
            return TypedResults.NotFound();
        }

        audit.Record("dossier.downloaded", "Dossier", context.Team.PublicCode, editionId: context.Team.EditionId);
        await audit.SaveChangesAsync(ct);
        StreamZip(http);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{context.Team.PublicCode}.zip\"";
        await zip.WriteTeamAsync(http.Response.Body, context, ct);
        return TypedResults.Empty;
    }

    private static async Task<IResult> EditionZipAsync(string id, HttpContext http, Editions.EditionStore editions, DossierZip zip, Audit.AuditLog audit, CancellationToken ct)
    {
        if (await editions.FindAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        audit.Record("dossiers.downloaded", "Edition", id, editionId: id);
        await audit.SaveChangesAsync(ct);
        StreamZip(http);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"dossiers-{id}.zip\"";
        await zip.WriteEditionAsync(http.Response.Body, id, ct);
        return TypedResults.Empty;
    }

    private static void StreamZip(HttpContext http) => http.Response.ContentType = "application/zip";

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static async Task<DossierContext?> ContextAsync(int teamId, ClaimsPrincipal user, DossierAccess access, CancellationToken ct) =>
        await access.ForMemberAsync(UserId(user), teamId, ct)
        ?? (user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.Observer) ? await access.ForOrganiserAsync(teamId, ct) : null);

    private static async Task<Results<Ok<DossierResponse>, NotFound>> GetAsync(int teamId, ClaimsPrincipal user, DossierAccess access, DossierQueries queries,
        TimeProvider clock, CancellationToken ct)
    {
        if (await ContextAsync(teamId, user, access, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        var latest = await queries.LatestAsync(context.Dossier, ct);
        var files = await queries.ActiveFilesAsync(context.Dossier, ct);
        return TypedResults.Ok(new DossierResponse(teamId, context.Team.PublicCode, context.DeadlineUtc, context.IsOpenAt(clock.GetUtcNow().UtcDateTime),
            context.Dossier.LatestVersion, context.Dossier.SubmittedVersion, latest?.Text, latest?.Checksum, [.. files.Select(DossierResponse.From)]));
    }

    private static async Task<IResult> PutAsync(int teamId, DossierInput input, ClaimsPrincipal user, HttpContext http, DossierAccess access,
        DossierCommands commands, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await access.ForMemberAsync(UserId(user), teamId, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        var outcome = await commands.SaveAsync(context, UserId(user), input, http.ArrivedAtUtc(), http.Connection.RemoteIpAddress?.ToString() ?? "unknown", ct);
        return outcome switch
        {
            SaveOutcome.Saved saved => TypedResults.Ok(new { version = saved.Version.Number, submitted = saved.Version.IsSubmission, checksum = saved.Version.Checksum }),
            SaveOutcome.Invalid invalid => ApiResults.Invalid(invalid.Errors, l),
            SaveOutcome.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: l["Dossier.Conflict", conflict.Theirs.SavedByName, Domain.VietnamTime.Format(conflict.Theirs.SavedAtUtc)],
                extensions: new Dictionary<string, object?> { ["latestVersion"] = conflict.Theirs.Number, ["theirs"] = conflict.Theirs.Text }),
            SaveOutcome.Closed closed => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l[closed.Reason]),
            _ => TypedResults.StatusCode(StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<IResult> UploadAsync(int teamId, string? kind, string? name, ClaimsPrincipal user, HttpContext http, DossierAccess access,
        DossierUploads uploads, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is null or "application/x-www-form-urlencoded" or "multipart/form-data" or "text/plain")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Dossier.RawBody"]);
        }

        if (!Enum.TryParse<DossierFileKind>(kind, ignoreCase: true, out var fileKind) || !Enum.IsDefined(fileKind) || !DossierFileKinds.IsDossierKind(fileKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Dossier.KindUnknown"]);
        }

        if (await access.ForMemberAsync(UserId(user), teamId, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        // A file declared over its kind's limit is refused before it is read; large videos are allowed here only, and
        // the file's own limit is enforced while it streams in.
        var limitMb = DossierUploads.LimitMegabytes(context.Settings, fileKind);
        if (http.Request.ContentLength > limitMb * 1024L * 1024L)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Dossier.FileTooLarge", limitMb]);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limitMb * 1024L * 1024L + BodyLimits.Slack;
        }

        var outcome = await uploads.UploadAsync(context, UserId(user), fileKind, name, http.Request.Body, http.ArrivedAtUtc(), ct);
        return outcome.File is { } file
            ? TypedResults.Created($"/team/dossier/files/{file.Id}", DossierResponse.From(file))
            : TypedResults.Problem(statusCode: outcome.Status, title: l[outcome.Error!.MessageKey, outcome.Error.Arguments]);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int teamId, Guid fileId, ClaimsPrincipal user, HttpContext http,
        DossierAccess access, DossierUploads uploads, CancellationToken ct) =>
        await access.ForMemberAsync(UserId(user), teamId, ct) is { } context && await uploads.RemoveAsync(context, fileId, http.ArrivedAtUtc(), ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static async Task<IResult> DownloadOwnAsync(Guid fileId, ClaimsPrincipal user, DossierAccess access, DossierFileDownload download, CancellationToken ct) =>
        await access.CurrentTeamIdAsync(UserId(user), ct) is { } teamId && await access.ForMemberAsync(UserId(user), teamId, ct) is { } context
            ? await download.FileAsync(context, fileId, ct)
            : TypedResults.NotFound();

    private static async Task<IResult> DownloadAnyAsync(int teamId, Guid fileId, DossierAccess access, DossierFileDownload download, CancellationToken ct) =>
        await access.ForOrganiserAsync(teamId, ct) is { } context ? await download.FileAsync(context, fileId, ct) : TypedResults.NotFound();
}
