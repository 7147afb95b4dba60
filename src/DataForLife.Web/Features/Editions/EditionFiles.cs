using System.Reflection;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

/// <summary>The editions kept as versioned files under <c>editions/</c> in the repository, built into the app.</summary>
public static class EditionFiles
{
    private const string Prefix = "editions.";

    /// <summary>Each file's edition id (its file name) and definition.</summary>
    public static IEnumerable<(string Id, EditionDefinition Definition)> All()
    {
        var assembly = typeof(EditionFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            var id = name[Prefix.Length..^".json".Length];
            yield return (id, Read(assembly, name));
        }
    }

    private static EditionDefinition Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Edition file {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return EditionJson.Deserialize(reader.ReadToEnd());
    }
}
