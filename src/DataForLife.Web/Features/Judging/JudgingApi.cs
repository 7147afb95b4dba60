using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Registration;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Judging as an API: a judge's own sheets (another judge's sheet does not exist for them, nor for organisers before
/// the round closes), organisers' live ranking, and the published results for everyone.
/// </summary>
public static class JudgingApi
{
    public sealed record SheetRequest(Dictionary<string, double?>? Scores, string? Notes, bool Submit);

    public sealed record SheetResponse(int TeamId, string JudgeId, string Status, IReadOnlyDictionary<string, double> Scores, string Notes, DateTime UpdatedAtUtc);

    public static IEndpointRouteBuilder MapJudging(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/editions/{edition}/rounds/{round}").WithTags("Judging");
        api.MapGet("/teams/{teamId:int}/sheets/{judgeId}", GetSheetAsync).RequireAuthorization()
            .WithSummary("A score sheet: the judge's own; organisers and observers see any once the round has closed; otherwise 404.");
        api.MapPut("/teams/{teamId:int}/sheet", PutSheetAsync).RequireAuthorization(p => p.RequireRole(Roles.Judge))
            .WithSummary("A judge saves (submit=false) or submits a sheet for an assigned, unconflicted entry while the round is open.");
        api.MapGet("/ranking", RankingAsync).RequireAuthorization(Policies.OrganizerOrObserver).WithSummary("The ranking computed now from the submitted sheets.");
        api.MapGet("/results", ResultsAsync).AllowAnonymous().WithSummary("The published standings of the round; 404 until it is published.");
        app.MapGet("/judging/{round}/{teamId:int}/files/{fileId:guid}", FileAsync).RequireAuthorization(p => p.RequireRole(Roles.Judge)).ExcludeFromDescription();
        return app;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static async Task<Results<Ok<SheetResponse>, NotFound>> GetSheetAsync(string edition, string round, int teamId, string judgeId, ClaimsPrincipal user,
        AppDbContext db, JudgingContext context, JudgeAssignments assignments, TimeProvider clock, CancellationToken ct)
    {
        var found = await context.RoundAsync(edition, round, ct);
        // A judge reads their own sheet only while the entry is theirs and free of conflict; others by SheetAccess.
        var mayRead = found is not null && (judgeId == UserId(user)
            ? await assignments.IsAssignedAsync(found, judgeId, teamId, ct)
            : SheetAccess.MayReadOthers(user, found, clock.GetUtcNow()));
        var sheet = found is null || !mayRead ? null : await db.ScoreSheets.AsNoTracking()
            .FirstOrDefaultAsync(s => s.EditionId == edition && s.RoundCode == round && s.TeamId == teamId && s.JudgeUserId == judgeId, ct);
        return sheet is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new SheetResponse(sheet.TeamId, sheet.JudgeUserId, sheet.Status.ToString(), sheet.Scores, sheet.Notes, sheet.UpdatedAtUtc));
    }

    private static async Task<IResult> PutSheetAsync(string edition, string round, int teamId, SheetRequest request, ClaimsPrincipal user,
        JudgingContext context, ScoringCommands scoring, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await context.RoundAsync(edition, round, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (outcome, errors) = await scoring.SaveAsync(found, UserId(user), teamId, request.Scores ?? [], request.Notes, request.Submit, ct);
        return outcome switch
        {
            ScoringCommands.Outcome.Saved => TypedResults.NoContent(),
            ScoringCommands.Outcome.NotFound => TypedResults.NotFound(),
            ScoringCommands.Outcome.Closed => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Scoring.Closed"]),
            ScoringCommands.Outcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Scoring.Conflict"]),
            _ => ApiResults.Invalid(errors, l),
        };
    }

    private static async Task<Results<Ok<RoundRanking>, NotFound>> RankingAsync(string edition, string round, JudgingContext context, RoundRankingService rankings, CancellationToken ct) =>
        await context.RoundAsync(edition, round, ct) is { } found ? TypedResults.Ok(await rankings.ComputeAsync(found, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<EntryStanding>>, NotFound>> ResultsAsync(string edition, string round, AppDbContext db, CancellationToken ct)
    {
        var published = await db.RoundPublications.AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == edition && p.RoundCode == round, ct);
        return published is null ? TypedResults.NotFound() : TypedResults.Ok(RoundEntries.Standings(published.StandingsJson));
    }

    private static async Task<IResult> FileAsync(string round, int teamId, Guid fileId, ClaimsPrincipal user, JudgingContext context, JudgeAssignments assignments,
        DossierAccess access, DossierFileDownload download, CancellationToken ct) =>
        await context.RoundAsync(null, round, ct) is { } found && await assignments.IsAssignedAsync(found, UserId(user), teamId, ct)
            && await access.ForOrganiserAsync(teamId, ct) is { } dossier
            ? await download.FileAsync(dossier, fileId, ct)
            : TypedResults.NotFound();
}
