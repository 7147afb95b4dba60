using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Editions;

[Trait("Category", "Integration")]
public sealed class EditionsApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_plans_edition_is_listed_as_the_current_one()
    {
        var editions = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions");

        var plan = editions.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2023");
        Assert.True(plan.GetProperty("isCurrent").GetBoolean());
    }

    [Fact]
    public async Task An_edition_states_its_times_in_Viet_Nam_time_and_its_prize_total()
    {
        var edition = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");

        Assert.Equal(370_000_000, edition.GetProperty("prizeTotalVnd").GetInt64());
        var submission = edition.GetProperty("timeline").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "submission");
        Assert.Equal("2023-08-07T00:00:00+07:00", submission.GetProperty("startsAt").GetString());
        Assert.Equal("2023-09-15T00:00:00+07:00", submission.GetProperty("endsAt").GetString());
        Assert.Equal(["Chính phủ số", "Xã hội số", "Kinh tế số"], edition.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("name").GetProperty("vi").GetString()));
        Assert.Equal([30, 10, 5], edition.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("quota").GetInt32()));
        var first = edition.GetProperty("prizes").EnumerateArray().First();
        Assert.Equal(200_000_000, first.GetProperty("totalVnd").GetInt64());
    }

    [Fact]
    public async Task An_unknown_edition_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/editions/1999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("1999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_API_address_is_a_problem_not_a_web_page()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_editions_endpoints_and_has_a_browsable_page()
    {
        var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var page = await client.GetAsync("/api/docs/index.html");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/editions/{id}", out _));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/openapi/v1.json", await client.GetStringAsync("/api/docs/index.js"), StringComparison.Ordinal);
    }
}
