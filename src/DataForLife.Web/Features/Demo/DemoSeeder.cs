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
public sealed class DemoSeeder(AppDbContext db, EditionCommands editions, AuditLog audit, EditionStore store, DemoTeams teams, DemoJudging judging,
    Catalogue.CatalogueCommands catalogue, DemoFinal final, TimeProvider clock)
{
    public const string EditionId = "demo";
    private const string TemplateId = "2023";

    public const int TeamCount = 200;

    /// <param name="teamCount">How many teams to create (the benchmark asks for more than the demo's 200).</param>
    public async Task<Edition> SeedAsync(DemoStage stage, int teamCount = TeamCount, CancellationToken cancellationToken = default)
    {
        var template = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == TemplateId, cancellationToken)
            ?? throw new InvalidOperationException($"The template edition {TemplateId} is missing.");
        var now = clock.GetUtcNow();
        var timeline = DemoTimeline.PlaceAt(template.Definition.Timeline, stage, now);
        // The ceremony moves with the timeline: still to come while the final runs, past once the contest has finished.
        var shift = timeline.Count > 0 ? timeline[0].StartsAt - template.Definition.Timeline[0].StartsAt : TimeSpan.Zero;
        var definition = template.Definition with
        {
            Name = new LocalizedText("Dữ liệu số với cuộc sống – mùa thi minh hoạ", "Digital Data For Life – demo edition"),
            PublicCodePrefix = "DEMO",
            Timeline = timeline,
            Ceremony = template.Definition.Ceremony with { ResultsAt = template.Definition.Ceremony.ResultsAt + shift },
        };
        definition = definition with { Final = DemoFinal.SettingsFor(definition) };

        var existing = await db.Editions.FirstOrDefaultAsync(e => e.Id == EditionId, cancellationToken);
        if (existing is null)
        {
            db.Editions.Add(Edition.Create(EditionId, definition, now.UtcDateTime));
        }
        else
        {
            existing.Replace(definition, now.UtcDateTime);
        }

        await teams.RemoveAsync(EditionId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        store.Invalidate(EditionId);
        // The data teams may use, as in the template (its entries and topics; files stay with the template's entries).
        await catalogue.CopyAsync(TemplateId, EditionId, cancellationToken);
        var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == EditionId, cancellationToken);
        // From round 1 on, the teams registered and submitted while their windows were open, two days before the deadline.
        var submittedAt = stage >= DemoStage.Round1 ? edition.Definition.FindPhase("submission")!.EndsAt.UtcDateTime.AddDays(-2) : now.UtcDateTime;
        var created = await teams.CreateAsync(edition, teamCount, withDossiers: stage >= DemoStage.Submission, submittedAt, cancellationToken);
        if (stage >= DemoStage.Round1)
        {
            await judging.SeedAsync(stage, cancellationToken);
        }

        if (stage >= DemoStage.Final)
        {
            await final.SeedAsync(edition, stage, cancellationToken);
        }

        audit.Record("demo.seeded", nameof(Edition), EditionId, after: new { stage = stage.ToString(), teams = created }, editionId: EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        await editions.MakeCurrentAsync(EditionId, cancellationToken);
        return await db.Editions.AsNoTracking().FirstAsync(e => e.Id == EditionId, cancellationToken);
    }
}
