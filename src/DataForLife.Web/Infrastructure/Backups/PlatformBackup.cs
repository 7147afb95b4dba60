using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataForLife.Web.Infrastructure.Backups;

/// <summary>
/// <c>dfl db backup</c> and <c>dfl db restore</c>: one zip file holding the database (SQLite through its online backup
/// API, a consistent snapshot taken while the platform writes; PostgreSQL through pg_dump, one snapshot), then every
/// uploaded file, then a manifest of each entry's size and SHA-256. The database is read first, so every file a row
/// of it names was already stored (a file is stored before its row commits). A restore checks the whole archive
/// against its manifest before it writes anything, and writes only into an empty data folder or database.
/// </summary>
public sealed class PlatformBackup(DatabaseSettings settings, IConfiguration configuration, DataFolder folder, IFileStorage storage, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private string SqlitePath => Path.Combine(folder.Path, "dataforlife.db");

    /// <param name="snapshotTaken">Called once the database is copied, before the files are (the command says so; tests hold it there).</param>
    public async Task<(BackupManifest? Manifest, string? Error)> BackupAsync(string outputPath, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? snapshotTaken = null)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var partial = outputPath + ".part";
        var work = Directory.CreateTempSubdirectory("dfl-backup-");
        try
        {
            var entries = new List<BackupEntry>();
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
            {
                var (databaseFile, databaseEntry, error) = await SnapshotDatabaseAsync(work.FullName, cancellationToken);
                if (error is not null)
                {
                    return (null, error);
                }

                await using (var database = File.OpenRead(databaseFile!))
                {
                    entries.Add(await AddAsync(zip, databaseEntry!, database, CompressionLevel.Fastest, cancellationToken));
                }

                if (snapshotTaken is not null)
                {
                    await snapshotTaken(cancellationToken);
                }

                await foreach (var key in storage.ListKeysAsync(cancellationToken))
                {
                    Stream file;
                    try
                    {
                        file = storage.OpenRead(key);
                    }
                    catch (FileNotFoundException)
                    {
                        // Removed since it was listed (its row was deleted after the snapshot): nothing the snapshot needs.
                        continue;
                    }

                    await using (file)
                    {
                        entries.Add(await AddAsync(zip, BackupManifest.FilesFolder + key, file, CompressionLevel.Fastest, cancellationToken));
                    }
                }

                var manifest = new BackupManifest(BackupManifest.CurrentFormat, settings.Provider.ToString(), started, clock.GetUtcNow().UtcDateTime, entries);
                await using var manifestStream = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, cancellationToken);
                manifestStream.Close();
                output.Flush(flushToDisk: false);
            }

            using (var written = new FileStream(partial, FileMode.Open, FileAccess.Read))
            {
                written.Flush(flushToDisk: true);
            }

            File.Move(partial, outputPath, overwrite: true);
            return (await ReadManifestAsync(outputPath, cancellationToken), null);
        }
        finally
        {
            File.Delete(partial);
            work.Delete(recursive: true);
        }
    }

    public async Task<RestoreResult> RestoreAsync(string archivePath, CancellationToken cancellationToken)
    {
        var (manifest, refusal) = await VerifyAsync(archivePath, cancellationToken);
        if (manifest is null)
        {
            return RestoreResult.Refused(refusal!);
        }

        if (!string.Equals(manifest.Provider, settings.Provider.ToString(), StringComparison.Ordinal))
        {
            return RestoreResult.Refused($"The backup is of a {manifest.Provider} database; this configuration uses {settings.Provider}.");
        }

        if (await NotEmptyAsync(cancellationToken) is { } occupied)
        {
            return RestoreResult.Refused(occupied);
        }

        var work = Directory.CreateTempSubdirectory("dfl-restore-");
        try
        {
            using var zip = ZipFile.OpenRead(archivePath);
            var databaseEntry = settings.Provider == DatabaseProvider.Postgres ? BackupManifest.PostgresEntry : BackupManifest.SqliteEntry;
            var extracted = Path.Combine(work.FullName, Path.GetFileName(databaseEntry));
            zip.GetEntry(databaseEntry)!.ExtractToFile(extracted);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                var (ok, error) = await Tools().LoadAsync(extracted, cancellationToken);
                if (!ok)
                {
                    return RestoreResult.Refused("The database could not be loaded (nothing was kept): " + error);
                }
            }
            else
            {
                File.Move(extracted, SqlitePath);
            }

            var files = 0;
            foreach (var entry in manifest.Entries.Where(e => e.Path.StartsWith(BackupManifest.FilesFolder, StringComparison.Ordinal)))
            {
                await using var content = zip.GetEntry(entry.Path)!.Open();
                await storage.PutAsync(entry.Path[BackupManifest.FilesFolder.Length..], content, cancellationToken);
                files++;
            }

            return new RestoreResult(true, $"Restored the {manifest.Provider} database and {files} files backed up at {manifest.StartedAtUtc:O}.", files);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The archive's manifest when every entry is there, whole and listed; otherwise why not.</summary>
    public static async Task<(BackupManifest? Manifest, string? Refusal)> VerifyAsync(string archivePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(archivePath))
        {
            return (null, $"No file at {archivePath}.");
        }

        try
        {
            var manifest = await ReadManifestAsync(archivePath, cancellationToken);
            if (manifest is null)
            {
                return (null, "Not a backup of this platform: it has no manifest.json.");
            }

            if (manifest.Format != BackupManifest.CurrentFormat)
            {
                return (null, $"Unknown backup format '{manifest.Format}' (expected {BackupManifest.CurrentFormat}).");
            }

            using var zip = ZipFile.OpenRead(archivePath);
            var listed = manifest.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            if (zip.Entries.FirstOrDefault(e => e.FullName != BackupManifest.EntryName && !listed.Contains(e.FullName)) is { } stranger)
            {
                return (null, $"The archive holds '{stranger.FullName}', which its manifest does not list.");
            }

            if (!listed.Contains(BackupManifest.SqliteEntry) && !listed.Contains(BackupManifest.PostgresEntry))
            {
                return (null, "The manifest lists no database.");
            }

            foreach (var expected in manifest.Entries)
            {
                if (zip.GetEntry(expected.Path) is not { } entry)
                {
                    return (null, $"'{expected.Path}' is listed in the manifest but missing from the archive.");
                }

                var (size, sha256) = await MeasureAsync(entry, cancellationToken);
                if (size != expected.Size || !string.Equals(sha256, expected.Sha256, StringComparison.Ordinal))
                {
                    return (null, $"'{expected.Path}' is damaged: {size} bytes with SHA-256 {sha256}, the manifest says {expected.Size} bytes with {expected.Sha256}.");
                }
            }

            return (manifest, null);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException)
        {
            return (null, "The archive is damaged: " + e.Message);
        }
    }

    private static async Task<BackupManifest?> ReadManifestAsync(string archivePath, CancellationToken cancellationToken)
    {
        using var zip = ZipFile.OpenRead(archivePath);
        if (zip.GetEntry(BackupManifest.EntryName) is not { } entry)
        {
            return null;
        }

        await using var stream = entry.Open();
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
    }

    private static async Task<(long Size, string Sha256)> MeasureAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = entry.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<BackupEntry> AddAsync(ZipArchive zip, string path, Stream content, CompressionLevel level, CancellationToken cancellationToken)
    {
        await using var target = zip.CreateEntry(path, level).Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        return new BackupEntry(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private async Task<(string? File, string? Entry, string? Error)> SnapshotDatabaseAsync(string work, CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var dump = Path.Combine(work, "postgres.sql");
            var (ok, error) = await Tools().DumpAsync(dump, cancellationToken);
            return ok ? (dump, BackupManifest.PostgresEntry, null) : (null, null, error);
        }

        if (!File.Exists(SqlitePath))
        {
            return (null, null, $"There is no database at {SqlitePath}.");
        }

        // SQLite's online backup copies one consistent snapshot while the platform goes on writing in WAL mode.
        var copy = Path.Combine(work, "dataforlife.db");
        await using (var source = new SqliteConnection(DatabaseServices.SqliteConnectionString(folder)))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            await using var journal = target.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }

        return (copy, BackupManifest.SqliteEntry, null);
    }

    private async Task<string?> NotEmptyAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(DatabaseServices.PostgresConnectionString(configuration));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return $"The database '{connection.Database}' is not empty: restore into a new, empty database.";
            }
        }
        else if (File.Exists(SqlitePath))
        {
            return $"The data folder {folder.Path} already holds a database: restore into an empty data folder.";
        }

        await foreach (var _ in storage.ListKeysAsync(cancellationToken))
        {
            return "The file store already holds files: restore into an empty one.";
        }

        return null;
    }

    private PostgresTools Tools() => new(DatabaseServices.PostgresConnectionString(configuration), configuration["Backup:PostgresBin"]);
}
