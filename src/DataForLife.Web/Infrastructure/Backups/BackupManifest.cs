namespace DataForLife.Web.Infrastructure.Backups;

/// <summary>
/// <c>manifest.json</c>, the last entry of a backup: what it holds and each entry's size and SHA-256, so that a
/// restore checks everything before it writes anything.
/// </summary>
public sealed record BackupManifest(string Format, string Provider, DateTime StartedAtUtc, DateTime FinishedAtUtc, IReadOnlyList<BackupEntry> Entries)
{
    public const string CurrentFormat = "dataforlife-backup/1";
    public const string EntryName = "manifest.json";
    public const string SqliteEntry = "database/dataforlife.db";
    public const string PostgresEntry = "database/postgres.sql";
    public const string FilesFolder = "files/";
}

public sealed record BackupEntry(string Path, long Size, string Sha256);
