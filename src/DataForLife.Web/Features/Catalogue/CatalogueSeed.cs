using System.Text.Json;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// An edition's catalogue as kept in the repository (<c>Features/Catalogue/Seed/{edition}.json</c>, copied beside the
/// app when it is built): its topics and data sets.
/// </summary>
public sealed record CatalogueSeed(IReadOnlyList<SeedTopic> Topics, IReadOnlyList<SeedDataSet> DataSets)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Features", "Catalogue", "Seed");

    /// <summary>The catalogue file of an edition, or null when the repository keeps none for it.</summary>
    public static CatalogueSeed? For(string editionId)
    {
        if (!editionId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        var path = Path.Combine(Folder, editionId + ".json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<CatalogueSeed>(File.ReadAllText(path), EditionJson.Options)
                ?? throw new JsonException($"{path} holds no catalogue.")
            : null;
    }
}
