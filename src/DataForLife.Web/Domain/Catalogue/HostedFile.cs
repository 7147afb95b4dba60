namespace DataForLife.Web.Domain.Catalogue;

/// <summary>A file of a data set kept on the platform, stored under <see cref="StorageKey"/> and served to anyone.</summary>
public sealed class HostedFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int DataSetId { get; set; }

    /// <summary>The name shown and offered to the browser, cleaned of folders and control characters.</summary>
    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = "application/octet-stream";
    public long Size { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public string StorageKey { get; set; } = string.Empty;

    /// <summary>Downloads served from the start or resumed to the end (docs/catalogue.md); raised in the database, never read-modify-written.</summary>
    public long DownloadCount { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>Null when the platform made the file itself (the synthetic population).</summary>
    public string? UploadedByUserId { get; set; }
}
