using DataForLife.Web.Domain.Catalogue;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A hosted file as programs see it; <see cref="Url"/> serves it with range requests.</summary>
public sealed record HostedFileResponse(Guid Id, string Name, string ContentType, long Size, string Sha256, long Downloads, DateTimeOffset UploadedAt, string Url)
{
    public static HostedFileResponse From(DataSet dataSet, HostedFile file)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Id, file.FileName, file.ContentType, file.Size, file.Sha256, file.DownloadCount,
            new DateTimeOffset(file.UploadedAtUtc, TimeSpan.Zero), DownloadPath(dataSet.Slug, file.Id));
    }

    public static string DownloadPath(string slug, Guid fileId) => $"/data/{slug}/files/{fileId}";
}
