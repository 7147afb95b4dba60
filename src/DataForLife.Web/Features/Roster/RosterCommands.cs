using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Registration;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Roster;

/// <summary>
/// The organisers keep each edition's staff roster. Every change is audited and re-decides the eligibility of the
/// edition's teams. An import is checked first (the preview is kept in the data folder for an hour) and applied
/// only when every row is valid, or, when the organiser asks, with the valid rows alone.
/// </summary>
public sealed class RosterCommands(AppDbContext db, AuditLog audit, EligibilityService eligibility, Judging.JudgeAccounts judges, DataFolder folder, TimeProvider clock)
{
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public static IReadOnlyCollection<string> GroupsOf(Edition edition) =>
        [.. edition.Definition.Bodies.SelectMany(b => b.Groups).Select(g => g.Code)];

    public async Task<IReadOnlyList<FieldError>> AddAsync(Edition edition, StaffInput input, CancellationToken cancellationToken = default)
    {
        var (staff, errors) = StaffRules.Read(input, edition.Id, GroupsOf(edition), NowUtc);
        if (staff is null)
        {
            return errors;
        }

        var existing = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == edition.Id).ToListAsync(cancellationToken);
        if (existing.Any(e => StaffRules.SamePerson(e, staff)))
        {
            return [new FieldError(string.Empty, "Roster.AlreadyOnRoster")];
        }

        db.StaffMembers.Add(staff);
        audit.Record("roster.added", nameof(StaffMember), staff.FullName, after: Describe(staff), editionId: edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(edition.Id, cancellationToken: cancellationToken);
        await judges.SyncAsync(edition.Id, cancellationToken);
        return [];
    }

    public async Task<bool> RemoveAsync(string editionId, int staffId, CancellationToken cancellationToken = default)
    {
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId && s.EditionId == editionId, cancellationToken);
        if (staff is null)
        {
            return false;
        }

        db.StaffMembers.Remove(staff);
        audit.Record("roster.removed", nameof(StaffMember), staff.FullName, before: Describe(staff), editionId: editionId);
        await audit.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(editionId, cancellationToken: cancellationToken);
        return true;
    }

    public async Task<RosterPreview> PreviewAsync(Edition edition, IReadOnlyList<(int Row, StaffInput Input)> rows, CancellationToken cancellationToken = default)
    {
        var existing = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == edition.Id).ToListAsync(cancellationToken);
        return RosterPreview.Build(rows, edition.Id, GroupsOf(edition), existing, NowUtc);
    }

    /// <summary>Keeps the rows of an uploaded file until the organiser confirms; returns the key to confirm with.</summary>
    public async Task<Guid> KeepAsync(string editionId, IReadOnlyList<(int Row, StaffInput Input)> rows, CancellationToken cancellationToken = default)
    {
        var directory = folder.Sub("imports");
        foreach (var old in new DirectoryInfo(directory).GetFiles("*.json").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow - PreviewLifetime))
        {
            old.Delete();
        }

        var key = Guid.NewGuid();
        var kept = new KeptImport(editionId, [.. rows.Select(r => new KeptRow(r.Row, r.Input))]);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{key:N}.json"), JsonSerializer.Serialize(kept), cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<(int Row, StaffInput Input)>?> RecallAsync(string editionId, Guid key, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder.Sub("imports"), $"{key:N}.json");
        if (!File.Exists(path))
        {
            return null;
        }

        var kept = JsonSerializer.Deserialize<KeptImport>(await File.ReadAllTextAsync(path, cancellationToken));
        return kept is null || kept.EditionId != editionId ? null : [.. kept.Rows.Select(r => (r.Row, r.Input))];
    }

    /// <summary>Adds the previewed people: all of them when every row is valid, or the valid ones when asked to.</summary>
    public async Task<int?> ImportAsync(Edition edition, RosterPreview preview, bool onlyValidRows, CancellationToken cancellationToken = default)
    {
        if (preview.Invalid > 0 && !onlyValidRows)
        {
            return null;
        }

        var added = preview.Lines.Where(l => l.IsValid).Select(l => l.Staff!).ToList();
        db.StaffMembers.AddRange(added);
        audit.Record("roster.imported", nameof(StaffMember), edition.Id,
            after: new { added = added.Count, skippedRows = preview.Lines.Where(l => !l.IsValid).Select(l => l.Row) }, editionId: edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(edition.Id, cancellationToken: cancellationToken);
        await judges.SyncAsync(edition.Id, cancellationToken);
        return added.Count;
    }

    private static object Describe(StaffMember s) => new { body = s.Body.ToString(), s.Group, position = s.Position.ToString(), s.FullName, s.Organisation, hasEmail = s.Email is not null, hasIdentityNumber = s.IdentityNumber is not null };

    private sealed record KeptImport(string EditionId, List<KeptRow> Rows);

    private sealed record KeptRow(int Row, StaffInput Input);
}
