using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Catalogue;

[Trait("Category", "Integration")]
public sealed class CatalogueTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly string[] PlanSlugs =
    [
        "population", "traffic-police", "hanoi-bus-trips", "ecommerce-48h", "hanoi-satellite", "traffic-signs",
        "q-traffic", "dota", "aerial-vehicles", "meteor", "drowsy-driving",
    ];

    private async Task<string[]> SlugsAsync(string query) =>
        [.. (await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/editions/2023/datasets" + query))!.Select(d => d.GetProperty("slug").GetString()!)];

    [Fact]
    public async Task The_seeded_catalogue_lists_every_data_set_of_the_plan()
    {
        var client = factory.CreateClient();

        var list = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/editions/2023/datasets"))!;
        var page = await client.GetStringAsync("/data");

        Assert.Equal(PlanSlugs, list.Select(d => d.GetProperty("slug").GetString()));
        Assert.Contains("11 bộ dữ liệu", page, StringComparison.Ordinal);
        foreach (var name in new[] { "Dữ liệu dân cư giả lập", "Cục Cảnh sát giao thông", "xe buýt Hà Nội", "thương mại điện tử", "Ảnh vệ tinh khu vực Hà Nội",
            "Bản đồ biển báo giao thông", "Q-Traffic", "DoTA", "đếm phương tiện giao thông từ trên cao", "METEOR", "lái xe buồn ngủ" })
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
        }

        Assert.Equal(EditionSamples.Plan2023.DataSources.Select(s => s.Provider), list.Select(d => d.GetProperty("provider").GetString()));
    }

    [Fact]
    public async Task Filters_narrow_the_catalogue_by_category_topic_and_provider()
    {
        var economy = await SlugsAsync("?category=economy");
        var incidents = await SlugsAsync("?topic=traffic-incidents");
        var openOnly = await SlugsAsync("?provider=open&category=society");
        var page = await factory.CreateClient().GetStringAsync("/data?Category=economy&Topic=trips-driving");

        Assert.Equal(["ecommerce-48h", "hanoi-satellite", "q-traffic"], economy);
        Assert.Equal(["traffic-police", "dota"], incidents);
        Assert.Equal(["dota", "meteor", "drowsy-driving"], openOnly);
        Assert.Contains("1 bộ dữ liệu", page, StringComparison.Ordinal);
        Assert.Contains("data-slug=\"q-traffic\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-slug=\"dota\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_set_page_gives_its_facts_and_says_what_is_not_confirmed_in_both_languages()
    {
        var client = factory.CreateBrowserLikeClient();

        var vietnamese = await client.GetStringAsync("/data/meteor");
        await client.UseEnglishAsync();
        var english = await client.GetStringAsync("/data/meteor");
        var dota = await client.GetStringAsync("/data/dota");
        var police = await client.GetStringAsync("/data/traffic-police");

        Assert.Contains("https://gamma.umd.edu/meteor", vietnamese, StringComparison.Ordinal);
        Assert.Contains("data-fact=\"licence\">chưa xác nhận", vietnamese, StringComparison.Ordinal);
        Assert.Contains("data-fact=\"licence\">not confirmed", english, StringComparison.Ordinal);
        Assert.Contains("more than 1,000 one-minute videos", english, StringComparison.Ordinal);
        Assert.Contains("MIT licence", dota, StringComparison.Ordinal);
        Assert.Contains("Not public: the organisers provide it to registered teams on request", police, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_data_set_or_edition_is_not_found()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/editions/2023/datasets/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/editions/1999/datasets")).StatusCode);
    }
}
