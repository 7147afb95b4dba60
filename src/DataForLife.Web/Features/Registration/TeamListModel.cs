using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>The organisers' list of an edition's teams: filters, search with or without diacritics, paging, exports.</summary>
[OrganizerArea]
public sealed class TeamListModel(AppDbContext db, EditionStore editions, TeamExport export, AuditLog audit) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public TeamFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<Row> Teams { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public sealed record Row(Team Team, string Leader, int Members);

    /// <summary>One identity document found in several teams of the edition (through several accounts).</summary>
    public sealed record SamePerson(string Document, IReadOnlyList<(string Code, string Team, string Member)> Places);

    public IReadOnlyList<SamePerson> SamePeople { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        var query = Filter.Apply(db, id);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var teams = await query.AsNoTracking().Include(t => t.Members).OrderBy(t => t.Sequence)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var leaderIds = teams.Select(t => t.Leader?.UserId).OfType<string>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var profileNames = await db.Profiles.AsNoTracking().Where(p => leaderIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.FullName, cancellationToken);
        Teams = [.. teams.Select(t => new Row(t, t.Leader is { } leader ? profileNames.GetValueOrDefault(leader.UserId) ?? names.GetValueOrDefault(leader.UserId, "") : "", t.Members.Count))];
        SamePeople = await SamePeopleAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>
    /// People in more than one team of the edition by their identity document, whatever the accounts: since the
    /// database refuses it, these come from before that rule, or from profiles corrected by hand, for organisers to settle.
    /// </summary>
    private async Task<IReadOnlyList<SamePerson>> SamePeopleAsync(string editionId, CancellationToken cancellationToken)
    {
        var members = db.TeamMembers.AsNoTracking().Where(m => m.EditionId == editionId)
            .Join(db.Profiles, m => m.UserId, p => p.UserId, (m, p) => new { m.TeamId, p.DocumentNumber, p.FullName })
            .Where(x => x.DocumentNumber != "");
        var documents = await members.GroupBy(x => x.DocumentNumber).Where(g => g.Select(x => x.TeamId).Distinct().Count() > 1).Select(g => g.Key).ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return [];
        }

        var places = await members.Where(x => documents.Contains(x.DocumentNumber))
            .Join(db.Teams, x => x.TeamId, t => t.Id, (x, t) => new { x.DocumentNumber, t.PublicCode, t.Name, x.FullName }).ToListAsync(cancellationToken);
        var organiser = User.IsInRole(Domain.Accounts.Roles.Organizer);
        return [.. places.GroupBy(p => p.DocumentNumber).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SamePerson(organiser ? g.Key : PersonalData.Mask(g.Key), [.. g.OrderBy(p => p.PublicCode, StringComparer.Ordinal).Select(p => (p.PublicCode, p.Name, p.FullName))]))];
    }

    /// <summary>Personal data leaves the platform only with an organiser's hand on it, and the audit log says whose.</summary>
    public async Task<IActionResult> OnGetExportAsync(string id, string format, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Domain.Accounts.Roles.Organizer))
        {
            return Forbid();
        }

        if (await editions.FindAsync(id, cancellationToken) is null || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var rows = await export.RowsAsync(id, Filter, cancellationToken);
        audit.Record("teams.exported", "Edition", id, after: new { format, rows = rows.Count, filter = Filter }, editionId: id);
        await audit.SaveChangesAsync(cancellationToken);
        var name = $"teams-{id}.{format}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (format == "csv")
        {
            await export.WriteCsvAsync(Response.Body, rows, cancellationToken);
        }
        else
        {
            await export.WriteExcelAsync(Response.Body, rows, cancellationToken);
        }

        return new EmptyResult();
    }
}
