namespace DataForLife.Web.Infrastructure.Files;

/// <summary><c>Files:S3:*</c>: the bucket and how to reach it. Keys may also come from the SDK's usual environment.</summary>
public sealed class S3StorageOptions
{
    public string Bucket { get; set; } = "dataforlife";

    /// <summary>An S3-compatible server's address (MinIO, Ceph, a provider's); empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Most S3-compatible servers want <c>http://host/bucket/key</c> rather than a bucket sub-domain.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Key prefix inside the bucket, so that several editions' platforms may share one.</summary>
    public string Prefix { get; set; } = "files/";
}
