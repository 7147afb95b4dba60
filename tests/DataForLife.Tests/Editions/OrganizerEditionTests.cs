using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Editions;

[Trait("Category", "Integration")]
public sealed partial class OrganizerEditionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<HttpClient> SignedInAsync(string email, string? role)
    {
        await factory.CreateUserAsync(email, role: role);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Every field of the edit form as the page rendered it, as a browser would post it back.</summary>
    private static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(html))
        {
            var tag = input.Value;
            var name = AttributePattern("name").Match(tag).Groups[1].Value;
            if (name.Length == 0 || name == "__RequestVerificationToken")
            {
                continue;
            }

            var isCheckbox = tag.Contains("type=\"checkbox\"", StringComparison.Ordinal);
            if (isCheckbox && !tag.Contains("checked", StringComparison.Ordinal))
            {
                continue;
            }

            fields.TryAdd(name, WebUtility.HtmlDecode(AttributePattern("value").Match(tag).Groups[1].Value));
        }

        // A select posts its selected option, as a browser would.
        foreach (Match select in SelectPattern().Matches(html))
        {
            var name = AttributePattern("name").Match(select.Groups[1].Value).Groups[1].Value;
            var selected = OptionPattern().Matches(select.Groups[2].Value).Select(o => o.Value).FirstOrDefault(o => o.Contains("selected", StringComparison.Ordinal));
            if (name.Length > 0 && selected is not null)
            {
                fields[name] = AttributePattern("value").Match(selected).Groups[1].Value;
            }
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string url, Action<Dictionary<string, string>> change)
    {
        var fields = await FormFieldsAsync(client, url);
        change(fields);
        return await client.PostFormAsync(url, fields);
    }

    [Fact]
    public async Task An_organiser_moves_the_submission_deadline_and_the_public_site_shows_it()
    {
        var client = await SignedInAsync("btc1@c06.gov.vn", Roles.Organizer);

        var saved = await SaveAsync(client, "/organizer/editions/2023", f => f["Form.Timeline[1].EndsAt"] = "2023-09-20T17:30");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("20/09/2023 17:30", await factory.CreateClient().GetStringAsync("/"), StringComparison.Ordinal);
        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");
        Assert.Contains(api.GetProperty("timeline").EnumerateArray(), p => p.GetProperty("endsAt").GetString() == "2023-09-20T17:30:00+07:00");
        var audit = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "edition.updated" && a.ActorName == "btc1@c06.gov.vn"));
        Assert.Equal("btc1@c06.gov.vn", audit.ActorName);
        Assert.Contains("2023-09-15T00:00:00+07:00", audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("2023-09-20T17:30:00+07:00", audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_with_a_message_beside_it()
    {
        var client = await SignedInAsync("btc2@c06.gov.vn", Roles.Organizer);

        var response = await SaveAsync(client, "/organizer/editions/2023", f => f["Form.Timeline[2].EndsAt"] = "2023-09-01T00:00");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The message stands in the summary and in the span beside the field itself.
        Assert.Contains("field-validation-error\">Giai đoạn \"Vòng hồ sơ (sơ loại)\" kết thúc trước khi bắt đầu.</span>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");
        Assert.DoesNotContain(api.GetProperty("timeline").EnumerateArray(), p => p.GetProperty("endsAt").GetString() == "2023-09-01T00:00:00+07:00");
    }

    [Fact]
    public async Task A_quota_above_the_previous_rounds_and_a_negative_prize_are_refused_in_English_too()
    {
        var client = await SignedInAsync("btc3@c06.gov.vn", Roles.Organizer);
        await client.UseEnglishAsync();

        var response = await SaveAsync(client, "/organizer/editions/2023", f =>
        {
            f["Form.Rounds[1].Quota"] = "40";
            f["Form.Prizes[0].AmountVnd"] = "-5";
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("\"Round 2: preliminary judging\" selects 40 entries, more than the 30 of the round before (\"Round 1: dossiers\").", html, StringComparison.Ordinal);
        Assert.Contains("The amount of \"First prize\" cannot be negative.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused()
    {
        var client = await SignedInAsync("btc4@c06.gov.vn", Roles.Organizer);
        var stale = await FormFieldsAsync(client, "/organizer/editions/2023");
        await SaveAsync(client, "/organizer/editions/2023", f => f["Form.Theme.En"] = "First change");

        stale["Form.Theme.En"] = "Second change";
        var response = await client.PostFormAsync("/organizer/editions/2023", stale);

        Assert.Contains("Người khác vừa lưu mùa thi này.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");
        Assert.Equal("First change", api.GetProperty("theme").GetProperty("en").GetString());
    }

    [Fact]
    public async Task An_organiser_copies_the_edition_into_the_next_year_and_makes_it_current()
    {
        var client = await SignedInAsync("btc5@c06.gov.vn", Roles.Organizer);
        var source = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");

        var copied = await client.PostFormAsync("/organizer/editions", [new("Copy.SourceId", "2023"), new("Copy.NewId", "2024"), new("Copy.ShiftYears", "1")], "/organizer/editions?handler=Copy");
        Assert.Equal("/organizer/editions/2024", copied.Headers.Location?.OriginalString);
        await client.PostFormAsync("/organizer/editions", [], "/organizer/editions?handler=MakeCurrent&id=2024");

        var copy = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2024");
        Assert.True(copy.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(
            source.GetProperty("timeline").EnumerateArray().Select(p => p.GetProperty("endsAt").GetDateTimeOffset().AddYears(1)),
            copy.GetProperty("timeline").EnumerateArray().Select(p => p.GetProperty("endsAt").GetDateTimeOffset()));
        Assert.Contains("Digital Data For Life 2024", await factory.CreateClient().GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Digital Data For Life 2023", await factory.CreateClient().GetStringAsync("/editions/2023"), StringComparison.Ordinal);
        var taken = await client.PostFormAsync("/organizer/editions", [new("Copy.SourceId", "2023"), new("Copy.NewId", "2024"), new("Copy.ShiftYears", "1")], "/organizer/editions?handler=Copy");
        Assert.Contains("Đã có mùa thi mang mã", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await client.PostFormAsync("/organizer/editions", [], "/organizer/editions?handler=MakeCurrent&id=2023");
    }

    [Fact]
    public async Task The_steering_committee_reads_the_organisers_pages_but_changes_nothing()
    {
        var client = await SignedInAsync("bcd@c06.gov.vn", Roles.Observer);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer/editions/2023")).StatusCode);
        var response = await SaveAsync(client, "/organizer/editions/2023", f => f["Form.Theme.En"] = "Observer change");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023");
        Assert.NotEqual("Observer change", api.GetProperty("theme").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_contestant_cannot_open_the_organisers_pages()
    {
        var client = await SignedInAsync("thisinh@example.vn", role: null);

        var response = await client.GetAsync("/organizer/editions/2023");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option [^>]*>")]
    private static partial Regex OptionPattern();

    private static Regex AttributePattern(string attribute) => new($"{attribute}=\"([^\"]*)\"");
}
