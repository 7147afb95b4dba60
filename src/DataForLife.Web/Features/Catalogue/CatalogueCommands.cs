using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>The organisers' changes to a catalogue: add or edit an entry, copy a catalogue to a new edition.</summary>
public sealed class CatalogueCommands(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <param name="slug">The entry to edit, or null to add one.</param>
    public async Task<EntryChange> SaveAsync(Edition edition, string? slug, DataSetInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(input);
        var topics = await db.Set<DataTopic>().Where(t => t.EditionId == edition.Id).Select(t => t.Code).ToListAsync(cancellationToken);
        var errors = DataSetRules.Validate(input, [.. edition.Definition.Categories.Select(c => c.Code)], topics).ToList();
        var existing = slug is null ? null : await db.Set<DataSet>().FirstOrDefaultAsync(d => d.EditionId == edition.Id && d.Slug == slug, cancellationToken);
        if (slug is not null && existing is null)
        {
            return new EntryChange.NotFound();
        }

        var newSlug = input.Slug?.Trim();
        var existingId = existing?.Id ?? 0;
        if (errors.Count == 0 && await db.Set<DataSet>().AnyAsync(d => d.EditionId == edition.Id && d.Slug == newSlug && d.Id != existingId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(input.Slug), "Catalogue.Error.SlugTaken"));
        }

        if (errors.Count > 0)
        {
            return new EntryChange.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            existing = DataSet.Create(edition.Id, input, now);
            db.Set<DataSet>().Add(existing);
            audit.Record("catalogue.entry-added", "DataSet", $"{edition.Id}/{existing.Slug}", after: input, editionId: edition.Id);
        }
        else
        {
            if (existing.Version != input.Version)
            {
                return new EntryChange.Conflict();
            }

            var before = existing.ToInput();
            existing.Describe(input, now);
            audit.Record("catalogue.entry-changed", "DataSet", $"{edition.Id}/{existing.Slug}", before: before, after: input, editionId: edition.Id);
        }

        try
        {
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EntryChange.Conflict();
        }

        return new EntryChange.Saved(existing);
    }

    /// <summary>Copies the topics and entries (not their files or kept labels) of one edition's catalogue to an edition that has none.</summary>
    public async Task<int> CopyAsync(string fromEditionId, string toEditionId, CancellationToken cancellationToken = default)
    {
        if (fromEditionId == toEditionId || await db.Set<DataSet>().AnyAsync(d => d.EditionId == toEditionId, cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var topics = await db.Set<DataTopic>().AsNoTracking().Where(t => t.EditionId == fromEditionId).ToListAsync(cancellationToken);
        var known = await db.Set<DataTopic>().Where(t => t.EditionId == toEditionId).Select(t => t.Code).ToListAsync(cancellationToken);
        db.Set<DataTopic>().AddRange(topics.Where(t => !known.Contains(t.Code)).Select(t => new DataTopic
        {
            EditionId = toEditionId, Code = t.Code, Position = t.Position, NameVi = t.NameVi, NameEn = t.NameEn,
        }));
        var entries = await db.Set<DataSet>().AsNoTracking().Where(d => d.EditionId == fromEditionId).ToListAsync(cancellationToken);
        db.Set<DataSet>().AddRange(entries.Select(d => DataSet.Create(toEditionId, d.ToInput(), now)));
        audit.Record("catalogue.copied", "Edition", toEditionId, after: new { from = fromEditionId, entries = entries.Count }, editionId: toEditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }
}
