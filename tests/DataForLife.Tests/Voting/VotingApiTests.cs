using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>The partner API's contract, status by status, on the edition whose TOP 30 are published and whose vote is open.</summary>
[Trait("Category", "Integration")]
public sealed class VotingApiTests(VotingApiTests.Fixture fixture) : IClassFixture<VotingApiTests.Fixture>
{
    public sealed class Fixture : VotingFactory, IAsyncLifetime
    {
        public IReadOnlyList<string> Entries { get; private set; } = [];

        public string Key { get; private set; } = string.Empty;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Entries = await OpenVotingAsync();
            Key = await CreatePartnerKeyAsync();
        }
    }

    private HttpClient Partner(string? key = null)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key ?? fixture.Key);
        return client;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, string entry, string voter, string edition = "2023") =>
        client.PostAsync($"/api/v1/editions/{edition}/votes", Json(JsonSerializer.Serialize(new { entry, voter })));

    private async Task<int> TallyAsync(string entry)
    {
        var tally = await Partner().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/votes/tally");
        return tally.EnumerateArray().Single(r => r.GetProperty("entry").GetString() == entry).GetProperty("votes").GetInt32();
    }

    [Fact]
    public async Task The_entries_are_the_published_TOP_30_with_their_public_codes()
    {
        using var response = await fixture.CreateClient().GetAsync("/api/v1/editions/2023/entries");
        var entries = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(30, entries.GetArrayLength());
        Assert.Equal(fixture.Entries, entries.EnumerateArray().Select(e => e.GetProperty("entry").GetString()!).ToList());
        // The partner's servers and any cache between may keep the list for as long as the platform does.
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 10 }, response.Headers.CacheControl?.ToString());
        using var unknown = await fixture.CreateClient().GetAsync("/api/v1/editions/1999/entries");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(unknown.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_vote_is_counted_once_201_then_200_with_the_same_body()
    {
        var entry = fixture.Entries[0];
        var before = await TallyAsync(entry);

        var first = await VoteAsync(Partner(), entry, "reader-201");
        var again = await VoteAsync(Partner(), entry, "reader-201");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await TallyAsync(entry));
    }

    [Fact]
    public async Task The_same_vote_sent_many_times_at_the_same_instant_is_counted_once()
    {
        var entry = fixture.Entries[1];
        var before = await TallyAsync(entry);

        using var probe = OverlapProbe.Attach(fixture.Services, "vote.write", expected: 16);
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => VoteAsync(Partner(), entry, "reader-at-once")));

        Assert.True(probe.Overlapped, "the writer held its first batch until all sixteen votes had reached it");
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Equal(before + 1, await TallyAsync(entry));
        Assert.Equal(1, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.VoterKey == Web.Domain.Voting.VoteKeys.PartnerReader("VnExpress", "reader-at-once"))));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"entry\": \"DFL23-001\"}")]
    [InlineData("{\"voter\": \"someone\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"entry\": 5, \"voter\": \"x\"}")]
    public async Task A_malformed_body_is_400(string body)
    {
        var response = await Partner().PostAsync("/api/v1/editions/2023/votes", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_voter_id_of_10_KB_is_400_and_nothing_is_stored()
    {
        var count = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync());

        var response = await VoteAsync(Partner(), fixture.Entries[2], new string('x', 10 * 1024));
        var long129 = await VoteAsync(Partner(), fixture.Entries[2], new string('y', 129));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, long129.StatusCode);
        Assert.Equal(count, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync()));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_by_its_content_type_is_400()
    {
        var response = await Partner().PostAsync("/api/v1/editions/2023/votes",
            new StringContent(JsonSerializer.Serialize(new { entry = fixture.Entries[0], voter = "form" }), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task No_key_a_bad_key_a_revoked_key_and_a_key_of_another_edition_are_401()
    {
        var anonymous = fixture.CreateClient();
        var other = await fixture.CreatePartnerKeyAsync("Báo khác", edition: null);
        var otherEdition = await fixture.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var key = new Web.Domain.Voting.PartnerKey { Name = "Kỳ khác", EditionId = "2022", SecretHash = Web.Features.Voting.PartnerKeys.Hash("bi-mat"), CreatedAtUtc = DateTime.UtcNow };
            db.PartnerKeys.Add(key);
            await db.SaveChangesAsync();
            return Web.Features.Voting.PartnerKeys.Format(key.Id, "bi-mat");
        });
        var revoked = await fixture.CreatePartnerKeyAsync("Đã thu hồi");
        var revokedId = int.Parse(revoked.Split('_')[1], System.Globalization.CultureInfo.InvariantCulture);
        await fixture.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<Web.Features.Voting.PartnerKeys>().RevokeAsync(revokedId, CancellationToken.None)));
        var wrongSecret = fixture.Key[..^3] + "abc";

        var entry = fixture.Entries[3];
        var noKey = await anonymous.PostAsync("/api/v1/editions/2023/votes", Json(JsonSerializer.Serialize(new { entry, voter = "v" })));

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("Bearer", noKey.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(Partner("not-a-key"), entry, "v")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(Partner(wrongSecret), entry, "v")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(Partner(revoked), entry, "v")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(Partner(otherEdition), entry, "v")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await VoteAsync(Partner(other), entry, "v")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/editions/2023/votes/tally")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Partner(otherEdition).GetAsync("/api/v1/editions/2023/votes/tally")).StatusCode);
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_and_an_entry_that_is_not_in_the_TOP_30_are_404()
    {
        var notInTop30 = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams
            .Where(t => t.EditionId == "2023").Select(t => t.PublicCode).ToListAsync());

        var edition = await VoteAsync(Partner(), fixture.Entries[0], "v404", edition: "1999");
        var entry = await VoteAsync(Partner(), notInTop30.First(c => !fixture.Entries.Contains(c)), "v404");
        var made = await VoteAsync(Partner(), "DFL23-999", "v404");

        Assert.Equal(HttpStatusCode.NotFound, edition.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, entry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, made.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Partner().GetAsync("/api/v1/editions/1999/votes/tally")).StatusCode);
    }

    [Fact]
    public async Task A_key_over_its_rate_limit_is_429_with_Retry_After()
    {
        var key = await fixture.CreatePartnerKeyAsync("Giới hạn", rateLimit: 3);
        var client = Partner(key);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await VoteAsync(client, fixture.Entries[4], $"rate-{i}"));
        }

        var limited = Assert.Single(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).Take(1));
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
    }

    [Fact]
    public async Task Problems_are_told_in_the_readers_language()
    {
        var vietnamese = await VoteAsync(Partner(), "DFL23-999", "lang");
        var english = Partner();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await VoteAsync(english, "DFL23-999", "lang");

        Assert.Contains("Không có bài dự thi", await vietnamese.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("No entry", await inEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
