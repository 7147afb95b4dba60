using System.Security.Cryptography;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>
/// Files in <c>{root}/xx/</c> (by default <c>data/files</c>; with several instances a folder they all mount, set by
/// <c>Files:Directory</c>), named by a random key, never by what the uploader called them.
/// </summary>
public sealed class LocalFileStorage(string root) : IFileStorage
{
    private const int HeadLength = 64;

    public LocalFileStorage(DataFolder folder)
        : this(System.IO.Path.Combine((folder ?? throw new ArgumentNullException(nameof(folder))).Path, "files"))
    {
    }

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StoredFile?> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString("N");
        var final = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        var temporary = final + ".part";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[HeadLength];
        var headLength = 0;
        long total = 0;
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        // Stop reading here: the rest of an oversized upload is never taken in.
                        output.Close();
                        File.Delete(temporary);
                        return null;
                    }

                    if (headLength < HeadLength)
                    {
                        var take = Math.Min(HeadLength - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, final);
            return new StoredFile(key, total, Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Stream OpenRead(string key) => new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public async Task<StoredFile> ReplaceAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        var final = PathOf(key);
        var temporary = final + ".part";
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        await using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await output.WriteAsync(content, cancellationToken);
            output.Flush(flushToDisk: true);
        }

        File.Move(temporary, final, overwrite: true);
        return new StoredFile(key, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), content[..Math.Min(HeadLength, content.Length)]);
    }

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var final = PathOf(key);
        var temporary = final + ".part";
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        await using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(output, cancellationToken);
            await output.FlushAsync(cancellationToken);
            output.Flush(flushToDisk: true);
        }

        File.Move(temporary, final, overwrite: true);
    }

    public bool Exists(string key) => File.Exists(PathOf(key));

    public void Delete(string key) => File.Delete(PathOf(key));

    public async IAsyncEnumerable<string> ListKeysAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        // Only complete files: a ".part" is an upload still being written, not yet anything's file.
        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (IsKey(name) && Path.GetFileName(Path.GetDirectoryName(path)) == name[..2])
            {
                yield return name;
            }
        }
    }

    public static bool IsKey(string key) => key.Length == 32 && key.All(char.IsAsciiHexDigitLower);

    private string PathOf(string key)
    {
        if (!IsKey(key))
        {
            throw new ArgumentException("Not a storage key.", nameof(key));
        }

        return Path.Combine(Root, key[..2], key);
    }
}
