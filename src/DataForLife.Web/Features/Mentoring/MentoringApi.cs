using System.Security.Claims;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Submissions;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>Files of the mentoring log and, for a mentor, of their teams' dossiers; for anyone else they do not exist.</summary>
public static class MentoringApi
{
    public static IEndpointRouteBuilder MapMentoring(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mentoring/{teamId:int}/notes/{noteId:int}/file", NoteFileAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/mentor/teams/{teamId:int}/files/{fileId:guid}", DossierFileAsync).RequireAuthorization(p => p.RequireRole(Roles.Mentor)).ExcludeFromDescription();
        return app;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static async Task<IResult> NoteFileAsync(int teamId, int noteId, ClaimsPrincipal user, MentoringAccess access, MentoringLog log, CancellationToken ct)
    {
        var context = await access.ForMentorAsync(UserId(user), teamId, ct);
        if (context is null && await access.ForMemberAsync(UserId(user), ct) is { } mine && mine.Team.Id == teamId)
        {
            context = mine;
        }

        if (context is null && (user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.Observer)))
        {
            context = await access.ForOrganiserAnyEditionAsync(teamId, ct);
        }

        return context is null ? TypedResults.NotFound() : await log.FileAsync(context, noteId, ct);
    }

    private static async Task<IResult> DossierFileAsync(int teamId, Guid fileId, ClaimsPrincipal user, MentoringAccess access, DossierAccess dossiers,
        DossierFileDownload download, CancellationToken ct) =>
        await access.ForMentorAsync(UserId(user), teamId, ct) is not null && await dossiers.ForOrganiserAsync(teamId, ct) is { } dossier
            ? await download.FileAsync(dossier, fileId, ct)
            : TypedResults.NotFound();
}
