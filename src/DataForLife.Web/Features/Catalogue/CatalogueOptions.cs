namespace DataForLife.Web.Features.Catalogue;

/// <summary>Settings of the catalogue (section <c>Catalogue</c>).</summary>
public sealed class CatalogueOptions
{
    /// <summary>The largest file organisers may host; the upload is cut off there (default 20 GB).</summary>
    public long MaxFileMegabytes { get; set; } = 20 * 1024;

    public long MaxFileBytes => MaxFileMegabytes * 1024 * 1024;
}
