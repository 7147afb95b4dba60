using System.Text.Json;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Infrastructure;

namespace DataForLife.Tests.Platform;

/// <summary>The search of a bound JSON body for a NUL character, wherever the text sits in it.</summary>
public sealed class JsonTextGuardTests
{
    private sealed record Sheet(Dictionary<string, decimal?> Scores, string? Notes, List<Part> Parts, DateOnly When, int Count);

    private sealed record Part(string Name, string[] Tags, Part? Inner);

    [Fact]
    public void Finds_a_NUL_in_a_property_a_list_a_dictionary_key_or_a_nested_object()
    {
        var clean = new Sheet(new() { ["relevance"] = 7.5m }, "Ghi chú", [new Part("Phần", ["a", "b"], new Part("Trong", [], null))], new DateOnly(2023, 9, 1), 3);

        Assert.False(JsonTextGuard.HasNul(clean));
        Assert.True(JsonTextGuard.HasNul(clean with { Notes = "Ghi\0chú" }));
        Assert.True(JsonTextGuard.HasNul(clean with { Scores = new() { ["rele\0vance"] = 7.5m } }));
        Assert.True(JsonTextGuard.HasNul(clean with { Parts = [new Part("Phần", ["a", "\0"], null)] }));
        Assert.True(JsonTextGuard.HasNul(clean with { Parts = [new Part("Phần", [], new Part("Trong\0", [], null))] }));
        Assert.True(JsonTextGuard.HasNul(new ProfileInput { FullName = "Lê\0 Văn" }));
        Assert.False(JsonTextGuard.HasNul(new ProfileInput { FullName = "Lê \\u0000 Văn" }));
    }

    [Theory]
    [InlineData("""{"a": {"b": ["x", "y\u0000"]}}""", true)]
    [InlineData("""{"a\u0000": 1}""", true)]
    [InlineData("""{"a": "\\u0000", "n": 0}""", false)]
    [InlineData("""[1, true, null, "Nguyễn"]""", false)]
    public void Finds_a_NUL_in_loose_JSON_values(string json, bool found) =>
        Assert.Equal(found, JsonTextGuard.HasNul(new Dictionary<string, object?> { ["value"] = JsonSerializer.Deserialize<JsonElement>(json) }));
}
