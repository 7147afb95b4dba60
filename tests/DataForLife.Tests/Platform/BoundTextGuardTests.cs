using System.Text.Json;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure;

namespace DataForLife.Tests.Platform;

/// <summary>The search of bound values (a JSON body, a page's form) for a NUL character, wherever the text sits.</summary>
public sealed class BoundTextGuardTests
{
    private sealed record Foreign(string Text);

    [Fact]
    public void Finds_a_NUL_in_a_property_a_list_or_a_dictionary_key_or_value_of_the_platforms_types()
    {
        Assert.False(BoundTextGuard.HasNul(new JudgingApi.SheetRequest(new() { ["relevance"] = 7.5 }, "Ghi chú", Submit: false)));
        Assert.True(BoundTextGuard.HasNul(new JudgingApi.SheetRequest(new() { ["relevance"] = 7.5 }, "Ghi\0chú", Submit: false)));
        Assert.True(BoundTextGuard.HasNul(new JudgingApi.SheetRequest(new() { ["rele\0vance"] = 7.5 }, null, Submit: true)));
        Assert.False(BoundTextGuard.HasNul(new DossierInput { Why = "Vì sao", UsedDataSets = ["dan-cu", "giao-thong"] }));
        Assert.True(BoundTextGuard.HasNul(new DossierInput { Why = "Vì sao", UsedDataSets = ["dan-cu", "giao\0thong"] }));
        Assert.True(BoundTextGuard.HasNul(new ProfileInput { FullName = "Lê\0 Văn" }));
        Assert.False(BoundTextGuard.HasNul(new ProfileInput { FullName = "Lê \\u0000 Văn", Sex = DataForLife.Population.Sex.Male }));
        Assert.True(BoundTextGuard.HasNul("\0"));
        Assert.True(BoundTextGuard.HasNul(new List<string> { "a", "\0" }));
        // Values of other libraries' types (an uploaded file, a date) are not walked: nobody typed them.
        Assert.False(BoundTextGuard.HasNul(new Foreign("\0")));
    }

    [Fact]
    public void Finds_a_NUL_in_pairs_and_JSON_nodes()
    {
        Assert.True(BoundTextGuard.HasNul(new List<KeyValuePair<string, string>> { new("a", "\0") }));
        Assert.True(BoundTextGuard.HasNul(new System.Text.Json.Nodes.JsonObject { ["a"] = new System.Text.Json.Nodes.JsonArray("x", "y\0") }));
        Assert.False(BoundTextGuard.HasNul(new System.Text.Json.Nodes.JsonObject { ["a"] = "Nguyễn", ["n"] = 3 }));
        Assert.True(BoundTextGuard.HasNul(JsonSerializer.Deserialize<JsonElement>("""{"a": ["\u0000"]}""")));
    }

    [Theory]
    [InlineData("""{"a": {"b": ["x", "y\u0000"]}}""", true)]
    [InlineData("""{"a\u0000": 1}""", true)]
    [InlineData("""{"a": "\\u0000", "n": 0}""", false)]
    [InlineData("""[1, true, null, "Nguyễn"]""", false)]
    public void Finds_a_NUL_in_loose_JSON_values(string json, bool found) =>
        Assert.Equal(found, BoundTextGuard.HasNul(new Dictionary<string, object?> { ["value"] = JsonSerializer.Deserialize<JsonElement>(json) }));
}
