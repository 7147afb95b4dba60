using System.Security.Cryptography;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Features.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Catalogue;

/// <summary>Storage loses the synthetic population and its labels; the next start generates them again, byte for byte.</summary>
[Trait("Category", "Integration")]
public sealed class PopulationRestoreTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_population_file_and_labels_missing_from_storage_come_back_with_the_recorded_SHA256_and_download_count()
    {
        var (file, labelsKey) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var dataSet = await db.Set<DataSet>().Include(d => d.Files).SingleAsync(d => d.EditionId == "2023" && d.LabelsStorageKey != null);
            var hosted = dataSet.Files.Single(f => f.FileName == PopulationDataSet.FileName);
            await db.Set<HostedFile>().Where(f => f.Id == hosted.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.DownloadCount, 3));
            return (hosted, dataSet.LabelsStorageKey!);
        });
        await factory.WithScopeAsync(sp =>
        {
            var storage = sp.GetRequiredService<IFileStorage>();
            storage.Delete(file.StorageKey);
            storage.Delete(labelsKey);
            Assert.False(storage.Exists(file.StorageKey));
            return Task.CompletedTask;
        });

        await factory.WithScopeAsync(sp => CatalogueSeeder.RunAsync(sp.GetRequiredService<AppDbContext>()));

        var restored = await factory.WithScopeAsync(async sp =>
        {
            var storage = sp.GetRequiredService<IFileStorage>();
            Assert.True(storage.Exists(labelsKey));
            await using var stream = storage.OpenRead(file.StorageKey);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
        });
        Assert.Equal(file.Sha256, restored);
        var row = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<HostedFile>().AsNoTracking().SingleAsync(f => f.Id == file.Id));
        Assert.Equal(3, row.DownloadCount);
        Assert.Equal(file.Sha256, row.Sha256);
        var downloaded = await factory.CreateClient().GetByteArrayAsync($"/data/population/files/{file.Id}");
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
    }
}
