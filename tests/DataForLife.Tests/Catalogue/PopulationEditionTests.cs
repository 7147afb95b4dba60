using System.Net;
using System.Security.Cryptography;
using System.Text;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Features.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Catalogue;

/// <summary>
/// A platform whose population file and scores come from the generator's first edition (as a database migrated from
/// it is: no labels version anywhere): the next start generates the file anew, earlier scores leave the leaderboard,
/// and the same predictions sent again are refused with the reason.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PopulationEditionTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_file_of_an_earlier_edition_is_generated_anew_and_its_old_predictions_are_refused_with_the_reason()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("phien-ban@example.vn", "Đội Phiên Bản");
        var predictions = Encoding.UTF8.GetBytes(await leader.BaselinePredictionsAsync(factory.Database.DataDirectory));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SendPredictionsAsync(predictions, "cu.csv")).StatusCode);
        await factory.CreateUserAsync("btc-phien-ban@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-phien-ban@c06.gov.vn");
        Assert.Contains("Đội Phiên Bản", await organiser.GetStringAsync("/data/population"), StringComparison.Ordinal);
        var file = await factory.WithScopeAsync(async sp =>
        {
            // What a database of the first edition holds after migration: an older file, no labels version on anything.
            var db = sp.GetRequiredService<AppDbContext>();
            var dataSet = await db.Set<DataSet>().Include(d => d.Files).SingleAsync(d => d.EditionId == "2023" && d.Slug == "population");
            await db.Set<DataSet>().Where(d => d.Id == dataSet.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LabelsVersion, (string?)null));
            await db.Set<PredictionSubmission>().Where(s => s.TeamId == teamId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LabelsVersion, (string?)null));
            var hosted = dataSet.Files.Single(f => f.FileName == PopulationDataSet.FileName);
            var old = await sp.GetRequiredService<IFileStorage>().ReplaceAsync(hosted.StorageKey, Encoding.UTF8.GetBytes("so_dinh_danh,ho_ten\n001089012345,Nguyễn Văn An\n"), CancellationToken.None);
            await db.Set<HostedFile>().Where(f => f.Id == hosted.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Sha256, old.Sha256));
            return hosted;
        });

        await factory.WithScopeAsync(sp => CatalogueSeeder.RunAsync(sp.GetRequiredService<AppDbContext>()));
        var resent = await leader.SendPredictionsAsync(predictions, "cu-lan-nua.csv");
        var teamPage = WebUtility.HtmlDecode(await resent.Content.ReadAsStringAsync());
        var board = await organiser.GetStringAsync("/data/population");

        var (dataSetAfter, stored) = await factory.WithScopeAsync(async sp =>
        {
            var dataSet = await sp.GetRequiredService<AppDbContext>().Set<DataSet>().AsNoTracking().Include(d => d.Files).SingleAsync(d => d.Slug == "population");
            await using var stream = sp.GetRequiredService<IFileStorage>().OpenRead(file.StorageKey);
            return (dataSet, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
        });
        using var current = new MemoryStream();
        DataForLife.Population.PopulationGenerator.Generate(PopulationDataSet.Options(PlatformFactory.PopulationKey), current);
        Assert.Equal(PopulationDataSet.Version(PlatformFactory.PopulationKey), dataSetAfter.LabelsVersion);
        Assert.NotNull(dataSetAfter.LabelsReplacedAtUtc);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(current.ToArray())), stored);
        Assert.Equal(stored, dataSetAfter.Files.Single(f => f.FileName == PopulationDataSet.FileName).Sha256);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains("đã được chấm với một phiên bản trước của tệp dân cư giả lập", teamPage, StringComparison.Ordinal);
        Assert.Contains("chấm với tệp trước, không tính vào bảng xếp hạng", teamPage, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<PredictionSubmission>().CountAsync(s => s.TeamId == teamId)));
        Assert.DoesNotContain("Đội Phiên Bản", board, StringComparison.Ordinal);
        var audited = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "catalogue.population.regenerated").ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Contains(stored, entry.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain(PlatformFactory.PopulationKey, entry.AfterJson + entry.BeforeJson + entry.Reason, StringComparison.Ordinal);
    }
}
