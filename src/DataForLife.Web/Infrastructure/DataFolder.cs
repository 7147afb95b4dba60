using Microsoft.Extensions.Configuration;

namespace DataForLife.Web.Infrastructure;

/// <summary>The folder that holds the SQLite file, uploads and the e-mail pickup folder (<c>Data:Directory</c>).</summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static DataFolder FromConfiguration(IConfiguration configuration) =>
        new(configuration["Data:Directory"] is { Length: > 0 } configured ? configured : "data");

    /// <summary>A sub-folder, created when first asked for.</summary>
    public string Sub(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
