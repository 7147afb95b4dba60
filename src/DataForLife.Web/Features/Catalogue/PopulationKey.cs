using System.Security.Cryptography;
using DataForLife.Web.Infrastructure;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// The organisers' secret for the synthetic population: mixed with the published seed, it makes the file and its
/// labels impossible to regenerate from the open code. Taken from <c>Catalogue:PopulationKey</c> when set (an
/// environment variable <c>Catalogue__PopulationKey</c> in production); otherwise from <c>population.key</c> in the
/// data folder, which is created with 32 random bytes at first use, readable by its owner only. It is never
/// committed, logged or served; losing it means the file is generated anew (docs/population.md).
/// </summary>
public sealed class PopulationKey(IConfiguration configuration, DataFolder folder, ILogger<PopulationKey> logger)
{
    public const string FileName = "population.key";

    private readonly Lazy<string> _value = new(() => Load(configuration, folder, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Value => _value.Value;

    private static string Load(IConfiguration configuration, DataFolder folder, ILogger logger)
    {
        if (configuration["Catalogue:PopulationKey"] is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = Path.Combine(folder.Path, FileName);
        try
        {
            using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(created);
            writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            logger.LogWarning("No Catalogue:PopulationKey is set: a new key for the population file was written to {Path}.", path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made earlier (or by another instance at the same moment): read it below.
        }

        return File.ReadAllLines(path)[0].Trim();
    }
}
