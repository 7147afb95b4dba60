using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>What an organiser writes about a topic: its code (fixed once made: entries refer to it), names and place.</summary>
public sealed class TopicInput
{
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }

    /// <summary>Null when the field was empty or not a whole number (refused like any other position out of range).</summary>
    public int? Position { get; set; }
}

/// <summary>
/// The organisers' changes to the topics an edition's catalogue is filtered by: add, rename and reorder, remove one no
/// entry carries. Each change is audit-logged.
/// </summary>
public sealed class TopicCommands(AppDbContext db, AuditLog audit)
{
    public const int MaxNameLength = 200;

    /// <param name="code">The topic to edit, or null to add one.</param>
    /// <returns>The problems, or an empty list when saved.</returns>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string editionId, string? code, TopicInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var newCode = (code ?? input.Code)?.Trim() ?? string.Empty;
        if (code is null && !DataSetRules.IsTopicCode(newCode))
        {
            errors.Add(new FieldError("Code", "Catalogue.Error.TopicCode"));
        }

        if (!DataSetRules.IsPosition(input.Position))
        {
            errors.Add(new FieldError("Position", "Catalogue.Error.Position", DataSetRules.MaxPosition));
        }

        foreach (var (field, name) in new[] { ("NameVi", input.NameVi), ("NameEn", input.NameEn) })
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            {
                errors.Add(new FieldError(field, "Catalogue.Error.TopicName", MaxNameLength));
            }
        }

        var existing = await db.Set<DataTopic>().FirstOrDefaultAsync(t => t.EditionId == editionId && t.Code == newCode, cancellationToken);
        if (code is not null && existing is null)
        {
            errors.Add(new FieldError("Code", "Catalogue.Error.TopicUnknown", newCode));
        }
        else if (code is null && existing is not null)
        {
            errors.Add(new FieldError("Code", "Catalogue.Error.TopicTaken", newCode));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var after = new { code = newCode, nameVi = input.NameVi!.Trim(), nameEn = input.NameEn!.Trim(), position = input.Position };
        if (existing is null)
        {
            db.Set<DataTopic>().Add(new DataTopic { EditionId = editionId, Code = newCode, NameVi = after.nameVi, NameEn = after.nameEn, Position = input.Position!.Value });
            audit.Record("catalogue.topic-added", "DataTopic", $"{editionId}/{newCode}", after: after, editionId: editionId);
        }
        else
        {
            var before = new { code = existing.Code, nameVi = existing.NameVi, nameEn = existing.NameEn, position = existing.Position };
            (existing.NameVi, existing.NameEn, existing.Position) = (after.nameVi, after.nameEn, input.Position!.Value);
            audit.Record("catalogue.topic-changed", "DataTopic", $"{editionId}/{newCode}", before: before, after: after, editionId: editionId);
        }

        await audit.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Removes a topic no entry of the edition carries; otherwise says which entries do.</summary>
    public async Task<IReadOnlyList<FieldError>> RemoveAsync(string editionId, string code, CancellationToken cancellationToken = default)
    {
        if (await db.Set<DataTopic>().FirstOrDefaultAsync(t => t.EditionId == editionId && t.Code == code, cancellationToken) is not { } topic)
        {
            return [new FieldError("Code", "Catalogue.Error.TopicUnknown", code)];
        }

        var users = (await db.Set<DataSet>().AsNoTracking().Where(d => d.EditionId == editionId).ToListAsync(cancellationToken))
            .Where(d => d.TopicCodes.Contains(code)).Select(d => d.Slug).ToList();
        if (users.Count > 0)
        {
            return [new FieldError("Code", "Catalogue.Error.TopicInUse", code, string.Join(", ", users))];
        }

        db.Set<DataTopic>().Remove(topic);
        audit.Record("catalogue.topic-removed", "DataTopic", $"{editionId}/{code}", before: new { code, nameVi = topic.NameVi, nameEn = topic.NameEn }, editionId: editionId);
        await audit.SaveChangesAsync(cancellationToken);
        return [];
    }
}
