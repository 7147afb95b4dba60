using System.Security.Claims;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Registration;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// The final's API: its public clock, and a finalist team's hand-in for its members (organisers read it). Anyone else,
/// and any team not in the final, gets 404. Files are sent as the raw request body, as for the dossier.
/// </summary>
public static class FinalApi
{
    public static IEndpointRouteBuilder MapFinal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/editions/{edition}/final/clock", ClockAsync).AllowAnonymous().WithTags("Final")
            .WithSummary("The final's 24 hours: notStarted, running or over, with the start, the mark and the server's time (public).");
        var api = app.MapGroup("/api/v1/teams/{teamId:int}/final-hand-in").WithTags("Final").RequireAuthorization();
        api.MapGet("/", GetAsync).WithSummary("The hand-in: latest version, files, deadline; the team's members and organisers only.");
        api.MapPut("/", PutAsync).WithSummary("Saves a version (repositoryUrl, videoUrl, changelog, baseVersion); 403 before the start or after the team's deadline, 409 when someone saved since baseVersion.");
        api.MapPost("/files", UploadAsync).WithBodyCheckedByHandler(BodyLimits.ServerDefaultBytes).WithSummary("Adds the demo video (kind=video, MP4) or the slides (kind=slides, PDF), sent as the raw body.");
        api.MapDelete("/files/{fileId:guid}", DeleteAsync).WithSummary("Removes a file from the hand-in (it stays in the history).");
        return app;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static async Task<Results<Ok<FinalClockResponse>, NotFound>> ClockAsync(string edition, EditionStore editions, FinalClock clock, CancellationToken ct)
    {
        if (await editions.FindAsync(edition, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var view = await clock.ViewAsync(edition, ct);
        return TypedResults.Ok(new FinalClockResponse(edition, JsonNamingPolicy(view.State), view.StartedAt, view.EndsAt, view.Now, (long)view.Left.TotalSeconds));
    }

    private static string JsonNamingPolicy(FinalClockState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    private static async Task<HandInContext?> ContextAsync(int teamId, ClaimsPrincipal user, HandInAccess access, CancellationToken ct) =>
        await access.ForMemberAsync(UserId(user), teamId, ct)
        ?? (user.IsInRole(Domain.Accounts.Roles.Organizer) || user.IsInRole(Domain.Accounts.Roles.Observer) ? await access.ForOrganiserAsync(teamId, ct) : null);

    private static async Task<Results<Ok<HandInResponse>, NotFound>> GetAsync(int teamId, ClaimsPrincipal user, HandInAccess access, HandInCommands commands,
        TimeProvider clock, CancellationToken ct)
    {
        if (await ContextAsync(teamId, user, access, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(HandInResponse.From(context, await commands.LatestAsync(context.HandIn, ct), await commands.ActiveFilesAsync(context.Dossier, ct),
            clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<IResult> PutAsync(int teamId, HandInInput input, ClaimsPrincipal user, HttpContext http, HandInAccess access,
        HandInCommands commands, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await access.ForMemberAsync(UserId(user), teamId, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        return await commands.SaveAsync(context, UserId(user), input, http.ArrivedAtUtc(), ct) switch
        {
            HandInOutcome.Saved saved => TypedResults.Ok(new { version = saved.Version.Number, checksum = saved.Version.Checksum }),
            HandInOutcome.Invalid invalid => ApiResults.Invalid(invalid.Errors, l),
            HandInOutcome.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: l["Dossier.Conflict", conflict.Theirs.SavedByName, Domain.VietnamTime.Format(conflict.Theirs.SavedAtUtc)],
                extensions: new Dictionary<string, object?> { ["latestVersion"] = conflict.Theirs.Number }),
            HandInOutcome.Closed closed => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l[closed.Reason]),
            _ => TypedResults.StatusCode(StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<IResult> UploadAsync(int teamId, string? kind, string? name, ClaimsPrincipal user, HttpContext http, HandInAccess access,
        HandInCommands commands, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is null or "application/x-www-form-urlencoded" or "multipart/form-data" or "text/plain")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Dossier.RawBody"]);
        }

        DossierFileKind? fileKind = kind?.ToLowerInvariant() switch
        {
            "video" => DossierFileKind.HandInVideo,
            "slides" => DossierFileKind.HandInSlides,
            _ => null,
        };
        if (fileKind is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["HandIn.KindUnknown"]);
        }

        if (await access.ForMemberAsync(UserId(user), teamId, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        var limitMb = DossierUploads.LimitMegabytes(context.Edition.Definition.Submission, fileKind.Value);
        if (http.Request.ContentLength > limitMb * 1024L * 1024L)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Dossier.FileTooLarge", limitMb]);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limitMb * 1024L * 1024L + BodyLimits.Slack;
        }

        var outcome = await commands.UploadAsync(context, UserId(user), fileKind.Value, name, http.Request.Body, http.ArrivedAtUtc(), ct);
        return outcome.File is { } file
            ? TypedResults.Created($"/team/dossier/files/{file.Id}", DossierResponse.From(file))
            : TypedResults.Problem(statusCode: outcome.Status, title: l[outcome.Error!.MessageKey, outcome.Error.Arguments]);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int teamId, Guid fileId, ClaimsPrincipal user, HttpContext http,
        HandInAccess access, HandInCommands commands, CancellationToken ct) =>
        await access.ForMemberAsync(UserId(user), teamId, ct) is { } context && await commands.RemoveFileAsync(context, fileId, http.ArrivedAtUtc(), ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
