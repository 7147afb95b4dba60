namespace DataForLife.Web.Infrastructure.Files;

public static class FileStorageServices
{
    /// <summary>
    /// <c>Files:Store=Folder</c> (the default): <c>Files:Directory</c>, or <c>files/</c> in the data folder; with several
    /// instances, a folder every one of them mounts (NFS, a shared disk). <c>Files:Store=S3</c>: an S3-compatible bucket.
    /// </summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.Equals(configuration["Files:Store"], "S3", StringComparison.OrdinalIgnoreCase))
        {
            var options = configuration.GetSection("Files:S3").Get<S3StorageOptions>() ?? new S3StorageOptions();
            services.AddSingleton<IFileStorage>(new S3FileStorage(options));
        }
        else if (configuration["Files:Directory"] is { Length: > 0 } directory)
        {
            services.AddSingleton<IFileStorage>(new LocalFileStorage(directory));
        }
        else
        {
            services.AddSingleton<IFileStorage, LocalFileStorage>();
        }

        return services;
    }
}
