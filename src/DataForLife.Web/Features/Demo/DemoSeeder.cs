using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Demo;

/// <summary>
/// Builds the fictional edition <c>demo</c> from the 2023 edition, its windows placed around today so that the
/// chosen stage is open now, and makes it current. Running it again replaces the demo edition.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, EditionCommands editions, AuditLog audit, EditionStore store, TimeProvider clock)
{
    public const string EditionId = "demo";
    private const string TemplateId = "2023";

    public async Task<Edition> SeedAsync(DemoStage stage, CancellationToken cancellationToken = default)
    {
        var template = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == TemplateId, cancellationToken)
            ?? throw new InvalidOperationException($"The template edition {TemplateId} is missing.");
        var now = clock.GetUtcNow();
        var definition = template.Definition with
        {
            Name = new LocalizedText("Dữ liệu số với cuộc sống – mùa thi minh hoạ", "Digital Data For Life – demo edition"),
            PublicCodePrefix = "DEMO",
            Timeline = DemoTimeline.PlaceAt(template.Definition.Timeline, stage, now),
        };

        var existing = await db.Editions.FirstOrDefaultAsync(e => e.Id == EditionId, cancellationToken);
        if (existing is null)
        {
            db.Editions.Add(Edition.Create(EditionId, definition, now.UtcDateTime));
        }
        else
        {
            existing.Replace(definition, now.UtcDateTime);
        }

        audit.Record("demo.seeded", nameof(Edition), EditionId, after: new { stage = stage.ToString() }, editionId: EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        store.Invalidate(EditionId);
        await editions.MakeCurrentAsync(EditionId, cancellationToken);
        return await db.Editions.AsNoTracking().FirstAsync(e => e.Id == EditionId, cancellationToken);
    }
}
