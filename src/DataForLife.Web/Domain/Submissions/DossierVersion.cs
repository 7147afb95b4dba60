namespace DataForLife.Web.Domain.Submissions;

/// <summary>One saved state of a dossier, kept for ever: its texts, the files it had, and the commitment.</summary>
public sealed class DossierVersion
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int Number { get; set; }
    public bool IsSubmission { get; set; }
    public DossierText Text { get; set; } = new();

    /// <summary>Ids of the files attached when this version was saved, comma-separated.</summary>
    public string FileIds { get; set; } = string.Empty;

    public string SavedByUserId { get; set; } = string.Empty;
    public string SavedByName { get; set; } = string.Empty;

    /// <summary>When the request that saved it reached the server.</summary>
    public DateTime SavedAtUtc { get; set; }

    public Commitment? Commitment { get; set; }

    /// <summary>SHA-256 of the texts, the commitment and the files' own hashes: the receipt's checksum.</summary>
    public string Checksum { get; set; } = string.Empty;

    public IReadOnlyList<Guid> FileIdList => [.. FileIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}
