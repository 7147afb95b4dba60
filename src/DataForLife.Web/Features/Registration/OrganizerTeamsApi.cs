using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Roster;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>The organisers' registration API: list and export teams, import the staff roster.</summary>
public static class OrganizerTeamsApi
{
    private const string Excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapOrganizerTeams(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/editions/{id}").WithTags("Organisers");
        api.MapGet("/teams", ListAsync).RequireAuthorization(Policies.OrganizerOrObserver).WithSummary("Teams with filters and paging; identity numbers masked except for organisers.");
        api.MapGet("/teams/export", ExportAsync).RequireAuthorization(Policies.Organizer).WithSummary("Every member of the filtered teams with personal data, as CSV or Excel; audit-logged.");
        api.MapPost("/roster/import", ImportAsync).RequireAuthorization(Policies.Organizer).WithBodyCheckedByHandler(RosterFile.MaxBytes + BodyLimits.Slack)
            .Accepts<IFormFile>("text/csv", Excel)
            .WithSummary("Imports the staff roster from the request body (text/csv or .xlsx). Nothing is added while a row is invalid unless onlyValid=true; dryRun=true only checks.");
        return app;
    }

    public sealed record TeamPage(int Total, int Page, int PageSize, IReadOnlyList<TeamResponse> Items);

    public sealed record ImportReport(int Valid, int Invalid, int? Imported, IReadOnlyList<ImportRow> Rows);

    public sealed record ImportRow(int Row, string? FullName, IReadOnlyList<string> Errors);

    private static async Task<Results<Ok<TeamPage>, NotFound>> ListAsync(string id, [AsParameters] TeamFilter filter, int? page, ClaimsPrincipal user,
        AppDbContext db, EditionStore editions, TimeProvider clock, CancellationToken ct)
    {
        if (await editions.FindAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        const int size = 25;
        var query = filter.Apply(db, id);
        var total = await query.CountAsync(ct);
        // A page past the last is empty, as the pages do it: the number is kept within what can exist.
        var number = Math.Clamp(page ?? 1, 1, Math.Max(1, (total + size - 1) / size) + 1);
        var ids = await query.OrderBy(t => t.Sequence).Skip((number - 1) * size).Take(size).Select(t => t.Id).ToListAsync(ct);
        var items = new List<TeamResponse>();
        foreach (var teamId in ids)
        {
            var view = await TeamView.LoadAsync(db, teamId, clock.GetUtcNow().UtcDateTime, ct);
            items.Add(TeamResponse.From(view!, showDocuments: user.IsInRole(Roles.Organizer)));
        }

        return TypedResults.Ok(new TeamPage(total, number, size, items));
    }

    private static async Task<Results<EmptyHttpResult, NotFound, BadRequest>> ExportAsync(string id, string? format, [AsParameters] TeamFilter filter,
        HttpContext context, EditionStore editions, TeamExport export, AuditLog audit, CancellationToken ct)
    {
        if (await editions.FindAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        if (format is not ("csv" or "xlsx"))
        {
            return TypedResults.BadRequest();
        }

        var rows = await export.RowsAsync(id, filter, ct);
        audit.Record("teams.exported", "Edition", id, after: new { format, rows = rows.Count, filter, via = "api" }, editionId: id);
        await audit.SaveChangesAsync(ct);
        context.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : Excel;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"teams-{id}.{format}\"";
        if (format == "csv")
        {
            await export.WriteCsvAsync(context.Response.Body, rows, ct);
        }
        else
        {
            await export.WriteExcelAsync(context.Response.Body, rows, ct);
        }

        return TypedResults.Empty;
    }

    /// <summary>The file is the request body: a cross-site form cannot send text/csv or .xlsx, so no antiforgery token is needed.</summary>
    private static async Task<Results<Ok<ImportReport>, NotFound, ProblemHttpResult>> ImportAsync(string id, bool? onlyValid, bool? dryRun, HttpRequest request,
        EditionStore editions, RosterCommands roster, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await editions.FindAsync(id, ct) is not { } edition)
        {
            return TypedResults.NotFound();
        }

        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is not ("text/csv" or Excel))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Roster.FileUnreadable"]);
        }

        if (request.ContentLength > RosterFile.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Roster.FileTooLarge", RosterFile.MaxBytes / 1024 / 1024]);
        }

        using var body = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(body, ct);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Sent without a declared length and past the endpoint's ceiling.
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Roster.FileTooLarge", RosterFile.MaxBytes / 1024 / 1024]);
        }

        body.Position = 0;
        var (rows, error) = RosterFile.Read(body);
        if (error is not null)
        {
            var status = error.MessageKey == "Roster.FileTooLarge" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(statusCode: status, title: l[error.MessageKey, error.Arguments]);
        }

        var preview = await roster.PreviewAsync(edition, rows, ct);
        var imported = dryRun == true ? null : await roster.ImportAsync(edition, preview, onlyValid == true, ct);
        return TypedResults.Ok(new ImportReport(preview.Valid, preview.Invalid, imported,
            [.. preview.Lines.Select(line => new ImportRow(line.Row, line.Input.FullName, [.. line.Errors.Select(e => l[e.MessageKey, e.Arguments].Value)]))]));
    }
}
