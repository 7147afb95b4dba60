namespace DataForLife.Web.Domain.Submissions;

/// <summary>A file of a dossier, stored under <see cref="StorageKey"/>; removed files are kept for the history.</summary>
public sealed class DossierFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int DossierId { get; set; }
    public DossierFileKind Kind { get; set; }

    /// <summary>The name the team gave it, cleaned of paths and control characters, for display only.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;
    public long Size { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public string StorageKey { get; set; } = string.Empty;

    /// <summary>When the upload reached the server; what the deadline is compared with.</summary>
    public DateTime ArrivedAtUtc { get; set; }

    public DateTime StoredAtUtc { get; set; }
    public string UploadedByUserId { get; set; } = string.Empty;
    public DateTime? RemovedAtUtc { get; set; }

    /// <summary>When a removed file that no version refers to was deleted from storage; the row stays for the history.</summary>
    public DateTime? PurgedAtUtc { get; set; }
}
