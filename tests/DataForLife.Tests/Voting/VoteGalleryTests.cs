using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>The public gallery, an entry's page, its media, and what the public sees of the counts before and after the window.</summary>
[Trait("Category", "Integration")]
public sealed partial class VoteGalleryTests : IAsyncLifetime
{
    private readonly VotingFactory _factory = new();
    private IReadOnlyList<string> _entries = [];

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        _entries = await _factory.OpenVotingAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static IReadOnlyList<string> Order(string html) => [.. EntryPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task The_gallery_shows_the_30_entries_in_an_order_of_each_visitors_own_and_hides_the_counts_while_voting()
    {
        var first = _factory.CreateBrowserLikeClient();
        var second = _factory.CreateBrowserLikeClient();

        var a = await first.GetStringAsync("/vote");
        var aAgain = await first.GetStringAsync("/vote");
        var b = await second.GetStringAsync("/vote");

        Assert.Equal(_entries.Order(StringComparer.Ordinal), Order(a).Order(StringComparer.Ordinal));
        Assert.Equal(Order(a), Order(aAgain));
        Assert.NotEqual(Order(a), Order(b));
        Assert.Contains("id=\"counts-hidden\"", a, StringComparison.Ordinal);
        Assert.DoesNotContain("data-votes=", a, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_English_gallery_the_contestants_Vietnamese_texts_say_they_are_Vietnamese()
    {
        // Pages take the language the reader chose with the switch (a cookie).
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var english = await client.GetStringAsync("/vote");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        var vietnamese = await _factory.CreateClient().GetStringAsync("/vote");

        Assert.Equal(30, CardTitle().Matches(english).Count(m => m.Groups[1].Value == " lang=\"vi\""));
        Assert.All(CardTitle().Matches(vietnamese), m => Assert.Empty(m.Groups[1].Value));
        Assert.Equal(30, Regex.Count(await client.GetStringAsync("/results"), "<strong lang=\"vi\">Đội "));
        Assert.True(VietnameseText.LooksVietnamese("Đội Nhịp Cầu Xanh"));
        Assert.True(VietnameseText.LooksVietnamese("Cầu".Normalize(System.Text.NormalizationForm.FormD)));
        Assert.False(VietnameseText.LooksVietnamese("Green Bridge"));
        Assert.False(VietnameseText.LooksVietnamese(null));
    }

    [GeneratedRegex("<h3><a href=\"/vote/[^\"]+\"( lang=\"vi\")?>")]
    private static partial Regex CardTitle();

    [Fact]
    public async Task An_entry_has_its_own_page_to_share_and_teams_outside_the_TOP_30_have_none()
    {
        var client = _factory.CreateClient();
        var outside = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").Select(t => t.PublicCode).ToListAsync());

        var page = await client.GetStringAsync($"/vote/{_entries[0]}");

        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost:5000/vote/{_entries[0]}\">", page, StringComparison.Ordinal);
        Assert.Contains("property=\"og:title\"", page, StringComparison.Ordinal);
        // No photo in this dossier: the contest's own picture, so that a shared link never comes without one.
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost:5000/img/share.png\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/img/share.png")).StatusCode);
        var gallery = await client.GetStringAsync("/vote");
        Assert.Contains("<meta property=\"og:url\" content=\"http://localhost:5000/vote\">", gallery, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"Bình chọn trực tuyến cho 30 bài dự thi", gallery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vote/{outside.First(c => !_entries.Contains(c))}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/vote/KHONG-CO")).StatusCode);
    }

    [Fact]
    public async Task The_judged_photo_of_an_entry_is_public_and_no_other_dossier_file_is()
    {
        var (photo, other) = await AddPhotosAsync(_entries[0]);
        var client = _factory.CreateClient();

        var gallery = await client.GetStringAsync("/vote");
        var served = await client.GetAsync($"/vote/{_entries[0]}/media/{photo}");

        Assert.Contains($"/vote/{_entries[0]}/media/{photo}", gallery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vote/{_entries[0]}/media/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vote/{_entries[1]}/media/{photo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vote/{_entries[0]}/media/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_reader_who_has_not_verified_is_sent_to_verify_and_comes_back_to_the_entry()
    {
        var client = _factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync($"/vote/{_entries[2]}", [new("returnUrl", "https://evil.example/")], $"/vote/{_entries[2]}?handler=Vote");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/vote/verify?returnUrl=%2Fvote%2F{_entries[2]}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_pages_of_an_edition_that_is_not_the_current_one_keep_to_it_in_their_links_and_after_a_vote()
    {
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.SiteSettings.Where(s => s.Key == Web.Domain.SiteSetting.CurrentEditionKey).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "2024"));
            sp.GetRequiredService<Web.Features.Editions.EditionStore>().Invalidate();
        });
        var client = _factory.CreateBrowserLikeClient();

        var gallery = WebUtility.HtmlDecode(await client.GetStringAsync("/vote?edition=2023"));
        var refused = await client.PostFormAsync($"/vote/{_entries[1]}?edition=2023", [], $"/vote/{_entries[1]}?handler=Vote&edition=2023");

        Assert.Contains($"<a href=\"/vote/{_entries[1]}?edition=2023\">", gallery, StringComparison.Ordinal);
        Assert.Contains($"action=\"/vote/{_entries[1]}?handler=Vote&edition=2023\"", gallery, StringComparison.Ordinal);
        Assert.Contains($"name=\"returnUrl\" value=\"/vote?edition=2023#entry-{_entries[1]}\"", gallery, StringComparison.Ordinal);
        Assert.Equal($"/vote/verify?returnUrl=%2Fvote%2F{_entries[1]}%3Fedition%3D2023", refused.Headers.Location?.OriginalString);

        // The entry's own page: "all entries", the share link and its vote form keep to the edition too.
        var entry = WebUtility.HtmlDecode(await client.GetStringAsync($"/vote/{_entries[1]}?edition=2023"));
        Assert.Contains("<a href=\"/vote?edition=2023\">", entry, StringComparison.Ordinal);
        Assert.Matches($"<input type=\"url\" id=\"share-link\" readonly value=\"https?://[^\"]+/vote/{_entries[1]}\\?edition=2023\"", entry);
        Assert.Contains($"name=\"returnUrl\" value=\"/vote/{_entries[1]}?edition=2023\"", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_sent_without_an_entry_is_not_found()
    {
        var client = _factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/vote", [], "/vote?handler=Vote");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_reader_who_votes_more_than_60_times_an_hour_is_told_to_slow_down_and_the_61st_is_not_stored()
    {
        var client = _factory.CreateBrowserLikeClient();
        var voter = new VoterIdentity(VoterChannel.Email, "fast.reader@example.vn");
        var signIn = new DefaultHttpContext { RequestServices = _factory.Services };
        _factory.Services.GetRequiredService<VoterSession>().SignIn(signIn, voter);
        client.DefaultRequestHeaders.Add("Cookie", signIn.Response.Headers.SetCookie.ToString().Split(';')[0]);

        string page = string.Empty;
        for (var i = 1; i <= ReaderLimits.PerVoterPerHour; i++)
        {
            // Sent from the gallery's form: an entry already voted for shows no button on its own page.
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/vote", [], $"/vote/{_entries[i % 2]}?handler=Vote")).StatusCode);
            page = await client.GetStringAsync($"/vote/{_entries[i % 2]}");
        }

        Assert.Contains("Bạn đã bình chọn cho ", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/vote/{_entries[5]}", [], $"/vote/{_entries[5]}?handler=Vote")).StatusCode);
        Assert.Contains("Bạn gửi quá nhiều phiếu trong thời gian ngắn", await client.GetStringAsync($"/vote/{_entries[5]}"), StringComparison.Ordinal);

        var stored = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.Where(v => v.VoterKey == voter.VoterKey).CountAsync());
        Assert.Equal(2, stored);
    }

    [Fact]
    public async Task A_vote_form_posted_without_its_antiforgery_token_is_refused()
    {
        var client = _factory.CreateBrowserLikeClient();

        var response = await client.PostAsync($"/vote/{_entries[2]}?handler=Vote", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task After_the_window_the_counts_are_public_with_the_bonus_and_round_2_adds_it()
    {
        var key = await _factory.CreatePartnerKeyAsync();
        var partner = _factory.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        for (var i = 0; i < 4; i++)
        {
            await partner.PostAsync("/api/v1/editions/2023/votes", Vote(_entries[0], $"r{i}"));
        }

        await partner.PostAsync("/api/v1/editions/2023/votes", Vote(_entries[1], "r0"));

        _factory.Clock.SetUtcNow(VotingFactory.AfterVoting);
        var late = await partner.PostAsync("/api/v1/editions/2023/votes", Vote(_entries[1], "late"));
        var gallery = await _factory.CreateClient().GetStringAsync("/vote");
        var results = await _factory.CreateClient().GetStringAsync("/results");
        var ranking = await _factory.WithScopeAsync(async sp =>
            await sp.GetRequiredService<RoundRankingService>().ComputeAsync(await _factory.RoundAsync("round2"), CancellationToken.None));
        var teams = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.ToDictionaryAsync(t => t.PublicCode, t => t.Id));

        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains($"data-entry=\"{_entries[0]}\"", gallery, StringComparison.Ordinal);
        Assert.Contains("data-votes=\"4\"", gallery, StringComparison.Ordinal);
        Assert.Matches($"data-team=\"{_entries[1]}\"><td class=\"team-code\">{_entries[1]}</td><td[^>]*>[^<]*</td><td class=\"num\" data-votes=\"1\">1</td><td class=\"num\">2[.,]50</td>", results);
        Assert.Equal(10, ranking.Standings.Single(s => s.EntryId == teams[_entries[0]]).Bonus);
        Assert.Equal(2.5, ranking.Standings.Single(s => s.EntryId == teams[_entries[1]]).Bonus);
        Assert.Equal(0, ranking.Standings.Single(s => s.EntryId == teams[_entries[2]]).Bonus);
    }

    private static StringContent Vote(string entry, string voter) => new(JsonSerializer.Serialize(new { entry, voter }), Encoding.UTF8, "application/json");

    /// <summary>Adds two photos to the entry's judged (submitted) version, the second one removed from it before judging.</summary>
    private Task<(Guid Photo, Guid Other)> AddPhotosAsync(string code) => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var storage = sp.GetRequiredService<IFileStorage>();
        var dossier = await db.Dossiers.SingleAsync(d => db.Teams.Any(t => t.Id == d.TeamId && t.PublicCode == code));
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var files = new List<DossierFile>();
        foreach (var name in new[] { "san-pham.png", "cu.png" })
        {
            var stored = (await storage.SaveAsync(new MemoryStream(png), 1_000_000, CancellationToken.None))!;
            var file = new DossierFile
            {
                DossierId = dossier.Id, Kind = DossierFileKind.Photo, DisplayName = name, ContentType = "image/png", Size = stored.Size, Sha256 = stored.Sha256,
                StorageKey = stored.Key, ArrivedAtUtc = new DateTime(2023, 9, 1, 3, 0, 0, DateTimeKind.Utc), StoredAtUtc = new DateTime(2023, 9, 1, 3, 0, 0, DateTimeKind.Utc),
            };
            db.DossierFiles.Add(file);
            files.Add(file);
        }

        await db.SaveChangesAsync();
        var judged = await db.DossierVersions.Where(v => v.DossierId == dossier.Id && v.IsSubmission).OrderByDescending(v => v.Number).FirstAsync();
        judged.FileIds = files[0].Id.ToString();
        await db.SaveChangesAsync();
        return (files[0].Id, files[1].Id);
    });

    [GeneratedRegex("data-entry=\"([^\"]+)\"")]
    private static partial Regex EntryPattern();
}
