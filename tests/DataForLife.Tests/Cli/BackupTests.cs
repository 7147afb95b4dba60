using System.Collections.Concurrent;
using System.CommandLine;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure;
using DataForLife.Web.Infrastructure.Backups;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Cli;

/// <summary>
/// <c>dfl db backup</c> and <c>dfl db restore</c> on the platform's own database (SQLite, or PostgreSQL in the
/// PostgreSQL run) while partner votes and organisers' uploads keep arriving over HTTP.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackupTests(BackupTests.Fixture fixture) : IClassFixture<BackupTests.Fixture>
{
    private const string PartnerName = "Backup";
    private const string DataSet = "hanoi-satellite";

    public sealed class Fixture : VotingFactory, IAsyncLifetime
    {
        public IReadOnlyList<string> Entries { get; private set; } = [];

        public string PartnerKey { get; private set; } = string.Empty;

        public HttpClient Organiser { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Entries = await OpenVotingAsync();
            PartnerKey = await CreatePartnerKeyAsync(PartnerName);
            await CreateUserAsync("backup-organiser@example.vn", role: Roles.Organizer);
            Organiser = CreateBrowserLikeClient();
            await Organiser.SignInAsync("backup-organiser@example.vn");
        }
    }

    private sealed record Upload(Guid Id, string Sha256);

    private sealed class Load
    {
        public ConcurrentQueue<string> Votes { get; } = new();

        public ConcurrentQueue<Upload> Uploads { get; } = new();
    }

    [Fact]
    public async Task A_backup_taken_while_votes_and_uploads_arrive_restores_everything_committed_before_it_began()
    {
        var load = new Load();
        using var stop = new CancellationTokenSource();
        var voting = VoteUntilAsync(load, stop.Token);
        var uploading = UploadUntilAsync(load, stop.Token);
        await UntilAsync(() => load.Votes.Count >= 30 && load.Uploads.Count >= 3, voting, uploading);

        var votesBefore = load.Votes.ToArray();
        var uploadsBefore = load.Uploads.ToArray();
        var archive = Path.Combine(fixture.Database.DataDirectory, "under-load.zip");
        var (manifest, error) = await fixture.WithScopeAsync(sp => sp.GetRequiredService<PlatformBackup>().BackupAsync(archive, CancellationToken.None,
            // Held between the database snapshot and the copy of the files until more writes were acknowledged: the
            // writes really overlap the backup.
            _ => UntilAsync(() => load.Votes.Count >= votesBefore.Length + 10 && load.Uploads.Count >= uploadsBefore.Length + 2, voting, uploading)));
        await stop.CancelAsync();
        await Task.WhenAll(voting, uploading);
        Assert.True(manifest is not null, error);

        await using var restored = TestDatabase.Create();
        var run = await DflAsync(restored, "db", "restore", archive);
        Assert.True(run.ExitCode == 0, run.Error);

        await using var services = PlatformOn(restored);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
        var voterKeys = votesBefore.Select(v => VoteKeys.PartnerReader(PartnerName, v)).ToList();
        var restoredVotes = await db.Votes.Where(v => voterKeys.Contains(v.VoterKey)).Select(v => v.VoterKey).ToListAsync();
        Assert.Equal(voterKeys.Order(StringComparer.Ordinal), restoredVotes.Order(StringComparer.Ordinal));
        foreach (var upload in uploadsBefore)
        {
            var row = await db.Set<HostedFile>().SingleAsync(f => f.Id == upload.Id);
            Assert.Equal(upload.Sha256, row.Sha256);
            Assert.Equal(upload.Sha256, await HashAsync(storage.OpenRead(row.StorageKey)));
        }

        // Consistent, not only complete: every file a restored row names is there.
        foreach (var key in await db.Set<HostedFile>().Select(f => f.StorageKey).ToListAsync())
        {
            Assert.True(storage.Exists(key), $"The restored database names file {key}, which was not restored.");
        }
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_with_the_reason_and_nothing_is_restored()
    {
        var archive = Path.Combine(fixture.Database.DataDirectory, "quiet.zip");
        await UploadAsync(fixture.Organiser, [1, 2, 3, 4, 5], "quiet.csv");
        var backup = await DflAsync(fixture.Database, "db", "backup", "--out", archive);
        Assert.True(backup.ExitCode == 0, backup.Error);

        var damaged = Path.Combine(fixture.Database.DataDirectory, "damaged.zip");
        File.Copy(archive, damaged);
        string fileEntry;
        using (var zip = ZipFile.Open(damaged, ZipArchiveMode.Update))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith(BackupManifest.FilesFolder, StringComparison.Ordinal));
            fileEntry = entry.FullName;
            entry.Delete();
            using var writer = zip.CreateEntry(fileEntry).Open();
            writer.Write("not what was backed up"u8);
        }

        var truncated = Path.Combine(fixture.Database.DataDirectory, "truncated.zip");
        var bytes = await File.ReadAllBytesAsync(archive);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);

        await using var target = TestDatabase.Create();
        var refused = await DflAsync(target, "db", "restore", damaged);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"'{fileEntry}' is damaged", refused.Error, StringComparison.Ordinal);
        var cut = await DflAsync(target, "db", "restore", truncated);
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains("damaged", cut.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target.DataDirectory, "dataforlife.db")));
        Assert.Empty(Directory.EnumerateFiles(target.DataDirectory, "*", SearchOption.AllDirectories));

        // The archive itself is sound: restored into the same empty target it is accepted, but never over a database in use.
        var accepted = await DflAsync(target, "db", "restore", archive);
        Assert.True(accepted.ExitCode == 0, accepted.Error);
        var overLive = await DflAsync(fixture.Database, "db", "restore", archive);
        Assert.Equal(1, overLive.ExitCode);
        Assert.Contains("empty", overLive.Error, StringComparison.Ordinal);
    }

    private async Task VoteUntilAsync(Load load, CancellationToken stop)
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.PartnerKey);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var voter = $"reader-{n}";
            using var response = await client.PostAsJsonAsync("/api/v1/editions/2023/votes", new { entry = fixture.Entries[n % fixture.Entries.Count], voter }, CancellationToken.None);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            load.Votes.Enqueue(voter);
        }
    }

    private async Task UploadUntilAsync(Load load, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var content = RandomNumberGenerator.GetBytes(4096 + n);
            using var response = await UploadAsync(fixture.Organiser, content, $"load-{n}.csv");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
            load.Uploads.Enqueue(new Upload(body.RootElement.GetProperty("id").GetGuid(), Convert.ToHexStringLower(SHA256.HashData(content))));
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name)
    {
        var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/v1/editions/2023/datasets/{DataSet}/files?name={Uri.EscapeDataString(name)}", body, CancellationToken.None);
    }

    /// <summary>Waits for the load to reach a point; fails with the load's own failure, or after a long while, rather than hanging.</summary>
    private static async Task UntilAsync(Func<bool> reached, params Task[] load)
    {
        using var limit = new CancellationTokenSource(Patience.Limit);
        while (!reached())
        {
            if (load.FirstOrDefault(t => t.IsCompleted) is { } ended)
            {
                await ended;
                Assert.Fail("The load stopped before the backup.");
            }

            await Task.Delay(20, limit.Token);
        }
    }

    private static async Task<string> HashAsync(Stream stream)
    {
        await using (stream)
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
        }
    }

    private static ServiceProvider PlatformOn(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPlatformCore(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<(int ExitCode, string Output, string Error)> DflAsync(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DflCommand.Build(c => c.AddInMemoryCollection(database.Settings)).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
