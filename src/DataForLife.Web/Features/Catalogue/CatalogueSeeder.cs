using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Gives each edition whose catalogue file the repository keeps its topics and data sets, once: a catalogue already
/// in the database is the organisers' to edit, and the file is not applied again. The population entry gets its
/// generated file and its kept labels; should storage lose either later, they are generated again under the same keys
/// at the next start (the generator is deterministic, so the file keeps its SHA-256 and its download count). When
/// the generator's edition or the organisers' key changed, the file and labels are generated anew at the next start
/// and the data set records the new version: scores of the earlier file leave the leaderboard.
/// </summary>
public sealed class CatalogueSeeder(AppDbContext db, IFileStorage storage, TimeProvider clock, PopulationKey key, Audit.AuditLog audit, ILogger<CatalogueSeeder> logger)
{
    /// <summary>Seeds with the seeder of the context's own scope (EF Core resolves it from the app's services).</summary>
    public static Task RunAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.GetService<CatalogueSeeder>().SeedAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var editions = await db.Editions.Select(e => e.Id).ToListAsync(cancellationToken);
        var seeded = await db.Set<DataSet>().Select(d => d.EditionId).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var editionId in editions.Except(seeded))
        {
            if (CatalogueSeed.For(editionId) is not { } seed)
            {
                continue;
            }

            if (!await db.Set<DataTopic>().AnyAsync(t => t.EditionId == editionId, cancellationToken))
            {
                db.Set<DataTopic>().AddRange(seed.Topics.Select((t, i) => new DataTopic
                {
                    EditionId = editionId, Code = t.Code, Position = i + 1, NameVi = t.Name.Vi, NameEn = t.Name.En,
                }));
            }

            for (var i = 0; i < seed.DataSets.Count; i++)
            {
                var dataSet = DataSet.Create(editionId, seed.DataSets[i].ToInput((i + 1) * 10), now);
                if (seed.DataSets[i].Population)
                {
                    await HostPopulationAsync(dataSet, now, cancellationToken);
                }

                db.Set<DataSet>().Add(dataSet);
            }

            logger.LogInformation("Seeded the catalogue of edition {EditionId}: {Count} data sets", editionId, seed.DataSets.Count);
        }

        await db.SaveChangesAsync(cancellationToken);
        await RestorePopulationAsync(cancellationToken);
    }

    /// <summary>
    /// Regenerates a population file or its labels that storage no longer holds, or that an earlier generator edition
    /// or another key made.
    /// </summary>
    private async Task RestorePopulationAsync(CancellationToken cancellationToken)
    {
        var version = PopulationDataSet.Version(key.Value);
        var hosted = await db.Set<DataSet>().Where(d => d.LabelsStorageKey != null)
            .SelectMany(d => d.Files.Where(f => f.FileName == PopulationDataSet.FileName), (d, f) => new { DataSet = d, File = f })
            .ToListAsync(cancellationToken);
        foreach (var entry in hosted.Where(h => h.DataSet.LabelsVersion != version))
        {
            var (data, labels) = PopulationDataSet.Generate(key.Value, cancellationToken);
            var replaced = await storage.ReplaceAsync(entry.File.StorageKey, data, cancellationToken);
            await storage.ReplaceAsync(entry.DataSet.LabelsStorageKey!, labels, cancellationToken);
            var before = new { entry.DataSet.LabelsVersion, entry.File.Sha256, entry.File.Size };
            entry.File.Sha256 = replaced.Sha256;
            entry.File.Size = replaced.Size;
            entry.DataSet.ReplaceLabels(version, clock.GetUtcNow().UtcDateTime);

            // A decision that takes earlier scores off the leaderboard: the audit log says when and why.
            audit.ActorOverride ??= (null, "platform start");
            audit.Record("catalogue.population.regenerated", nameof(DataSet), entry.DataSet.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before, new { LabelsVersion = version, replaced.Sha256, replaced.Size }, entry.DataSet.EditionId,
                $"generator edition {PopulationDataSet.GeneratorEdition} or another key: scores of the earlier file no longer count");
            await audit.SaveChangesAsync(cancellationToken);
            logger.LogWarning("The population file of {EditionId}/{Slug} was generated anew for {Version} ({Sha256}); scores of the earlier file no longer count.",
                entry.DataSet.EditionId, entry.DataSet.Slug, version, replaced.Sha256);
        }

        foreach (var entry in hosted.Where(h => !storage.Exists(h.File.StorageKey) || !storage.Exists(h.DataSet.LabelsStorageKey!))
            .Select(h => new { h.DataSet.Slug, h.DataSet.EditionId, Labels = h.DataSet.LabelsStorageKey!, h.File }))
        {
            var (data, labels) = PopulationDataSet.Generate(key.Value, cancellationToken);
            var restored = await storage.ReplaceAsync(entry.File.StorageKey, data, cancellationToken);
            await storage.ReplaceAsync(entry.Labels, labels, cancellationToken);
            if (restored.Sha256 != entry.File.Sha256)
            {
                logger.LogWarning("The population file of {EditionId}/{Slug} was generated again with other content ({Sha256}); its record now says so.",
                    entry.EditionId, entry.Slug, restored.Sha256);
                entry.File.Sha256 = restored.Sha256;
                entry.File.Size = restored.Size;
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                logger.LogWarning("The population file of {EditionId}/{Slug} was missing from storage and was generated again.", entry.EditionId, entry.Slug);
            }
        }
    }

    private async Task HostPopulationAsync(DataSet dataSet, DateTime now, CancellationToken cancellationToken)
    {
        var (data, labels) = await PopulationDataSet.StoreAsync(storage, key.Value, cancellationToken);
        dataSet.AddFile(new HostedFile
        {
            FileName = PopulationDataSet.FileName,
            ContentType = "text/csv",
            Size = data.Size,
            Sha256 = data.Sha256,
            StorageKey = data.Key,
            UploadedAtUtc = now,
        });
        dataSet.KeepLabels(labels.Key, PopulationDataSet.Count, PopulationDataSet.Version(key.Value));
    }
}
