using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Editions;

/// <summary>The organisers' changes to editions, each validated by <see cref="EditionRules"/> and audit-logged.</summary>
public sealed class EditionCommands(AppDbContext db, AuditLog audit, EditionStore store, TimeProvider clock)
{
    public async Task<EditionChange> UpdateAsync(string id, EditionDefinition definition, int expectedRevision, CancellationToken cancellationToken = default)
    {
        var edition = await db.Editions.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (edition is null)
        {
            return new EditionChange.NotFound();
        }

        if (edition.Revision != expectedRevision)
        {
            return new EditionChange.Conflict(edition);
        }

        var errors = EditionRules.Validate(definition).Concat(EditionRules.ValidateChange(edition.Definition, definition, clock.GetUtcNow())).ToList();
        if (errors.Count > 0)
        {
            return new EditionChange.Invalid(errors);
        }

        var before = edition.Definition;
        edition.Replace(definition, clock.GetUtcNow().UtcDateTime);
        audit.Record("edition.updated", nameof(Edition), id, before, definition, editionId: id);
        try
        {
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditionChange.Conflict(await db.Editions.AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken));
        }

        store.Invalidate(id);
        return new EditionChange.Saved(edition);
    }

    /// <summary>Starts a new edition from an existing one, every date moved by the given number of years.</summary>
    public async Task<EditionChange> CopyAsync(string sourceId, string newId, int shiftYears, CancellationToken cancellationToken = default)
    {
        var source = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return new EditionChange.NotFound();
        }

        if (!EditionRules.IsValidId(newId))
        {
            return new EditionChange.Invalid([new EditionError("NewId", "InvalidId", newId)]);
        }

        if (await db.Editions.AnyAsync(e => e.Id == newId, cancellationToken))
        {
            return new EditionChange.Invalid([new EditionError("NewId", "IdTaken", newId)]);
        }

        var definition = EditionCopy.Shifted(source.Definition, shiftYears);
        var errors = EditionRules.Validate(definition);
        if (errors.Count > 0)
        {
            return new EditionChange.Invalid(errors);
        }

        var edition = Edition.Create(newId, definition, clock.GetUtcNow().UtcDateTime);
        db.Editions.Add(edition);
        audit.Record("edition.copied", nameof(Edition), newId, after: new { from = sourceId, shiftYears }, editionId: newId);
        await audit.SaveChangesAsync(cancellationToken);
        return new EditionChange.Saved(edition);
    }

    /// <summary>Makes an edition the one the public site shows.</summary>
    public async Task<bool> MakeCurrentAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!await db.Editions.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return false;
        }

        var setting = await db.SiteSettings.FindAsync([SiteSetting.CurrentEditionKey], cancellationToken);
        var before = setting?.Value;
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting(SiteSetting.CurrentEditionKey, id));
        }
        else
        {
            setting.Value = id;
        }

        audit.Record("edition.made-current", nameof(Edition), id, before, id, editionId: id);
        await audit.SaveChangesAsync(cancellationToken);
        store.Invalidate(id);
        return true;
    }
}
