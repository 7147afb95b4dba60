using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace DataForLife.Web.Infrastructure.Files;

/// <summary>
/// Files in an S3-compatible bucket, under the same random keys as the folder store. An upload is first copied to a
/// temporary file (to hash it, stop at the size limit and give S3 its length), then put; S3 answers only once the
/// object is stored, so an acknowledged upload is durable there. <see cref="IFileStorage"/> is synchronous for reads,
/// existence and removal, so those calls wait on the SDK's asynchronous ones (ASP.NET Core has no synchronisation
/// context to deadlock). A read is a stream over the object, not seekable: range requests are answered whole.
/// Uploads are signed whole rather than in aws-chunked encoding, which not every S3-compatible server decodes.
/// </summary>
public sealed class S3FileStorage : IFileStorage, IDisposable
{
    private const int HeadLength = 64;

    private readonly AmazonS3Client _client;
    private readonly S3StorageOptions _options;

    public S3FileStorage(S3StorageOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: S3-compatible servers do not all take the SDK's newer trailers.
            // Each stored file's SHA-256 is kept by the platform and checked by backups anyway.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrEmpty(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
        }

        _client = string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task<StoredFile?> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = Guid.NewGuid().ToString("N");
        var spool = Path.Combine(Path.GetTempPath(), "dfl-s3-" + key);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[HeadLength];
            var headLength = 0;
            long total = 0;
            await using (var output = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        return null;
                    }

                    var take = Math.Min(HeadLength - headLength, read);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            await _client.PutObjectAsync(new PutObjectRequest { BucketName = _options.Bucket, Key = ObjectKey(key), FilePath = spool, UseChunkEncoding = false }, cancellationToken);
            return new StoredFile(key, total, Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public Stream OpenRead(string key) =>
        Wait(async () => (await _client.GetObjectAsync(_options.Bucket, ObjectKey(key))).ResponseStream);

    public async Task<StoredFile> ReplaceAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var body = new MemoryStream(content, writable: false);
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = _options.Bucket, Key = ObjectKey(key), InputStream = body, UseChunkEncoding = false }, cancellationToken);
        return new StoredFile(key, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), content[..Math.Min(HeadLength, content.Length)]);
    }

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        // The SDK wants a length: a restore's zip entry stream has none, so it is spooled to a temporary file first.
        var spool = Path.Combine(Path.GetTempPath(), "dfl-s3-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var output = File.Create(spool))
            {
                await content.CopyToAsync(output, cancellationToken);
            }

            await _client.PutObjectAsync(new PutObjectRequest { BucketName = _options.Bucket, Key = ObjectKey(key), FilePath = spool, UseChunkEncoding = false }, cancellationToken);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public bool Exists(string key) => Wait(async () =>
    {
        try
        {
            await _client.GetObjectMetadataAsync(_options.Bucket, ObjectKey(key));
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    });

    public void Delete(string key) => Wait(() => _client.DeleteObjectAsync(_options.Bucket, ObjectKey(key)));

    public async IAsyncEnumerable<string> ListKeysAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _options.Bucket, Prefix = _options.Prefix };
        while (true)
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                var key = item.Key[_options.Prefix.Length..];
                if (LocalFileStorage.IsKey(key))
                {
                    yield return key;
                }
            }

            if (page.IsTruncated != true)
            {
                yield break;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public void Dispose() => _client.Dispose();

    private static T Wait<T>(Func<Task<T>> call) => Task.Run(call).GetAwaiter().GetResult();

    private string ObjectKey(string key) =>
        LocalFileStorage.IsKey(key) ? _options.Prefix + key : throw new ArgumentException("Not a storage key.", nameof(key));
}
