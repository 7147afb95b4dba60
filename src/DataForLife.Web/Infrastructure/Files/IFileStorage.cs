namespace DataForLife.Web.Infrastructure.Files;

/// <summary>Where uploaded files live: a folder (under the data folder by default, or shared by the instances) or an S3-compatible store.</summary>
public interface IFileStorage
{
    /// <summary>
    /// Copies at most <paramref name="maxBytes"/> from the stream into a new file, hashing it on the way. The file is
    /// written under a temporary name, flushed to disk and renamed only when complete; a stream longer than the limit
    /// is cut off there, nothing is kept, and the result says so.
    /// </summary>
    Task<StoredFile?> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    Stream OpenRead(string key);

    /// <summary>Replaces a stored file's content (after its metadata was stripped), keeping the same durability.</summary>
    Task<StoredFile> ReplaceAsync(string key, byte[] content, CancellationToken cancellationToken);

    bool Exists(string key);

    void Delete(string key);

    /// <summary>Stores a file under a key it had before (a restore), with the same durability as <see cref="SaveAsync"/>.</summary>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Every complete file's key, for backups.</summary>
    IAsyncEnumerable<string> ListKeysAsync(CancellationToken cancellationToken);
}
