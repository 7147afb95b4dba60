namespace DataForLife.Web.Domain.Final;

/// <summary>One saved state of a hand-in, kept for ever.</summary>
public sealed class HandInVersion
{
    public int Id { get; set; }
    public int HandInId { get; set; }
    public int Number { get; set; }
    public string RepositoryUrl { get; set; } = string.Empty;
    public string VideoUrl { get; set; } = string.Empty;
    public string Changelog { get; set; } = string.Empty;

    /// <summary>Ids of the hand-in's files (dossier files of the hand-in's kinds) when this version was saved, comma-separated.</summary>
    public string FileIds { get; set; } = string.Empty;

    public string SavedByUserId { get; set; } = string.Empty;
    public string SavedByName { get; set; } = string.Empty;

    /// <summary>When the request that saved it reached the server.</summary>
    public DateTime SavedAtUtc { get; set; }

    public string Checksum { get; set; } = string.Empty;

    public IReadOnlyList<Guid> FileIdList => [.. FileIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}
