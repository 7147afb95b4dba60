using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>The one JSON shape of an edition: the files under <c>editions/</c>, the database column and the copy.</summary>
public static class EditionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Files, columns and API bodies are JSON documents, never inlined into HTML, so only JSON itself is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new VietnamTimeJsonConverter() },
    };

    public static string Serialize(EditionDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static EditionDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<EditionDefinition>(json, Options)
        ?? throw new JsonException("An edition file holds no edition.");
}
