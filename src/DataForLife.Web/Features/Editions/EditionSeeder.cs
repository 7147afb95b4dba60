using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Editions;

/// <summary>
/// Adds each edition file that the database does not hold yet (an edition once in the database is the organisers' to
/// edit; the file is not applied again) and makes the newest edition current when none is.
/// </summary>
public sealed class EditionSeeder(AppDbContext db, TimeProvider clock, ILogger<EditionSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var known = await db.Editions.Select(e => e.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, definition) in EditionFiles.All().Where(f => !known.Contains(f.Id)))
        {
            var errors = EditionRules.Validate(definition);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"editions/{id}.json is not valid: {string.Join("; ", errors)}");
            }

            db.Editions.Add(Edition.Create(id, definition, now));
            logger.LogInformation("Seeded edition {EditionId} from its file", id);
        }

        if (await db.SiteSettings.FindAsync([SiteSetting.CurrentEditionKey], cancellationToken) is null)
        {
            var newest = db.Editions.Local.Select(e => e.Id).Concat(known).Where(id => id != "demo").Max();
            if (newest is not null)
            {
                db.SiteSettings.Add(new SiteSetting(SiteSetting.CurrentEditionKey, newest));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
