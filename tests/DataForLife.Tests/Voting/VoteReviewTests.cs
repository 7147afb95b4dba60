using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>
/// The organisers' side of the vote on the edition whose TOP 30 are published: live counts, the four findings, quarantine
/// and release (seen through the tally API and the bonus preview), partner keys. Each test crafts votes for its own entries.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class VoteReviewTests(VoteReviewTests.Fixture fixture) : IClassFixture<VoteReviewTests.Fixture>
{
    private const string Review = "/organizer/editions/2023/votes/review";
    private const string Counts = "/organizer/editions/2023/votes";
    private const string Organiser = "btc-binhchon@c06.gov.vn";
    private const string Observer = "bcd-binhchon@c06.gov.vn";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed class Fixture : VotingFactory, IAsyncLifetime
    {
        public IReadOnlyList<string> Entries { get; private set; } = [];

        public string Key { get; private set; } = string.Empty;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Entries = await OpenVotingAsync();
            Key = await CreatePartnerKeyAsync();
            await CreateUserAsync(Organiser, role: Roles.Organizer);
            await CreateUserAsync(Observer, role: Roles.Observer);
        }

        public Task<int> TeamAsync(string code) =>
            WithScopeAsync(async sp => (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.TeamByCode[code]);

        /// <summary>Stores votes as the writer would, for patterns the API cannot make with a clock that stands still.</summary>
        public Task AddVotesAsync(IEnumerable<Vote> votes) => WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Votes.AddRange(votes);
            await db.SaveChangesAsync();
        });
    }

    private static Vote Cast(int team, string voter, DateTimeOffset at, string network, string agent = "Mozilla/5.0 (Linux; Android 13) Chrome/117.0",
        VoteSource source = VoteSource.Web, int? partnerKeyId = null) => new()
        {
            EditionId = "2023", TeamId = team, VoterKey = VoteKeys.Email(voter + "@example.vn"), Day = 0, Source = source, PartnerKeyId = partnerKeyId,
            Network = network, UserAgent = agent, CastAtUtc = at.UtcDateTime, Minute = VoteKeys.Minute(at.UtcDateTime),
        };

    private static DateTimeOffset At(int day, int hour, int minute = 0) => EditionSamples.Vietnam(2023, 9, day, hour, minute);

    private async Task<int> TallyAsync(string entry)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Key);
        var tally = await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/votes/tally");
        return tally.EnumerateArray().Single(r => r.GetProperty("entry").GetString() == entry).GetProperty("votes").GetInt32();
    }

    private async Task<Dictionary<string, int>> TallyAllAsync()
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Key);
        var tally = await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/votes/tally");
        return tally.EnumerateArray().ToDictionary(r => r.GetProperty("entry").GetString()!, r => r.GetProperty("votes").GetInt32());
    }

    private static string? Row(string html, string finding, string entry) =>
        Regex.Match(html, $"<tr data-finding=\"{finding}\" data-entry=\"{entry}\">(.*?)</tr>", RegexOptions.Singleline) is { Success: true } match ? match.Groups[1].Value : null;

    private static string Cell(string row, string name) =>
        WebUtility.HtmlDecode(Regex.Match(row, $"<td class=\"num\" {name}>([^<]*)</td>").Groups[1].Value);

    /// <summary>The hidden fields of the quarantine form in a finding's row: exactly the set it shows.</summary>
    private static List<KeyValuePair<string, string>> FormOf(string row) =>
        HiddenPattern().Matches(row).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_burst_is_found_quarantined_out_of_the_tally_and_the_bonus_and_released_back_with_both_decisions_audited()
    {
        var entry = fixture.Entries[5];
        var team = await fixture.TeamAsync(entry);
        // Forty readers an hour apart or so, then two hundred in one minute from one network.
        var votes = Enumerable.Range(0, 40).Select(i => Cast(team, $"burst-organic-{i}", At(29, 13).AddMinutes(i * 37), $"100.64.{i}.0/24"))
            .Concat(Enumerable.Range(0, 200).Select(i => Cast(team, $"burst-{i}", At(30, 9, 15).AddSeconds(i % 60), "203.0.113.0/24", "BurstBot/1.0")));
        await fixture.AddVotesAsync(votes);
        var organiser = await fixture.SignedInAsync(Organiser);
        var before = await TallyAsync(entry);

        var page = await organiser.GetStringAsync(Review);
        var row = Row(page, "burst", entry);

        Assert.NotNull(row);
        Assert.Equal("200", Cell(row, "data-votes"));
        Assert.Contains("1 (trên 41 phút)", WebUtility.HtmlDecode(row), StringComparison.Ordinal);
        var form = FormOf(row);
        Assert.Equal(["Input.TeamId", "Input.FromMinute", "Input.ToMinute"], form.Select(f => f.Key));

        var quarantined = await organiser.PostFormAsync(Review, form.Append(new("Input.Reason", "200 phiếu trong một phút từ một mạng")), Review + "?handler=Quarantine");

        Assert.Equal(HttpStatusCode.Redirect, quarantined.StatusCode);
        Assert.Equal(before - 200, await TallyAsync(entry));
        var quarantine = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.AsNoTracking().SingleAsync(q => q.Reason == "200 phiếu trong một phút từ một mạng"));
        Assert.Equal(200, quarantine.Votes);
        Assert.Equal(Organiser, quarantine.CreatedBy);
        Assert.Equal(240, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.TeamId == team && v.VoterKey.Length > 0 && (v.QuarantineId == null || v.QuarantineId == quarantine.Id))));
        Assert.Null(Row(await organiser.GetStringAsync(Review), "burst", entry));
        await AssertBonusPreviewAsync(organiser, entry, quarantinedVotes: 200);

        var released = await organiser.PostFormAsync(Review, [new("releaseReason", "Đã xác minh: lớp học bình chọn cùng lúc")], $"{Review}?handler=Release&quarantineId={quarantine.Id}");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Equal(before, await TallyAsync(entry));
        await AssertBonusPreviewAsync(organiser, entry, quarantinedVotes: 0);
        var audit = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(VoteQuarantine) && a.EntityId == quarantine.Id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["votes.quarantined", "votes.released"], audit.Select(a => a.Action));
        Assert.Equal(["200 phiếu trong một phút từ một mạng", "Đã xác minh: lớp học bình chọn cùng lúc"], audit.Select(a => a.Reason));
        Assert.All(audit, a => Assert.Equal(Organiser, a.ActorName));
        var again = await organiser.PostFormAsync(Review, [new("releaseReason", "lần nữa")], $"{Review}?handler=Release&quarantineId={quarantine.Id}");
        Assert.Contains("đã được gỡ trước đó", await TextAsync(again), StringComparison.Ordinal);
    }

    /// <summary>The votes page shows the entry's counted and quarantined votes and the bonus the rule gives from the tally.</summary>
    private async Task AssertBonusPreviewAsync(HttpClient organiser, string entry, int quarantinedVotes)
    {
        var tally = await TallyAllAsync();
        var html = await organiser.GetStringAsync(Counts);
        var row = Regex.Match(html, $"<tr data-entry=\"{entry}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var expected = VoteBonusFormula.Bonus(10, tally[entry], tally.Values.Max());

        Assert.Equal(tally[entry].ToString("N0", Vietnamese), Regex.Match(row, "<td class=\"num\" data-counted>([^<]*)</td>").Groups[1].Value);
        Assert.Equal(quarantinedVotes.ToString("N0", Vietnamese), Regex.Match(row, "<td class=\"num\" data-quarantined>([^<]*)</td>").Groups[1].Value);
        Assert.Equal(expected.ToString("0.00", Vietnamese), Regex.Match(row, "<td class=\"num\" data-bonus>([^<]*)</td>").Groups[1].Value);
    }

    [Fact]
    public async Task A_quarantine_without_a_reason_with_an_empty_filter_or_matching_nothing_is_refused_and_stores_nothing()
    {
        var team = await fixture.TeamAsync(fixture.Entries[6]);
        await fixture.AddVotesAsync([Cast(team, "refused-1", At(30, 8), "100.65.0.0/24")]);
        var organiser = await fixture.SignedInAsync(Organiser);
        var before = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.CountAsync());
        var url = Review + "?handler=Quarantine";

        var noReason = await organiser.PostFormAsync(Review, [new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture)), new("Input.Reason", "  ")], url);
        var emptyFilter = await organiser.PostFormAsync(Review, [new("Input.Source", "Web"), new("Input.Reason", "Tất cả phiếu web")], url);
        var nothing = await organiser.PostFormAsync(Review, [new("Input.Network", "192.0.2.0/24"), new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture)), new("Input.Reason", "Không có gì"), new("Input.Custom", "true")], url);
        var finding = await organiser.PostFormAsync(Review, [new("Input.Network", "192.0.2.0/24"), new("Input.FromMinute", "1"), new("Input.ToMinute", "2"), new("Input.Reason", "Từ một phát hiện")], url);
        var backwards = await organiser.PostFormAsync(Review, [new("Input.From", "2023-09-30T10:00"), new("Input.To", "2023-09-30T09:00"), new("Input.Reason", "Ngược")], url);
        var forgedMinute = await organiser.PostFormAsync(Review, [new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture)), new("Input.FromMinute", "-2000000000"), new("Input.Reason", "Giả")], url);
        var yearOne = await organiser.PostFormAsync(Review, [new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture)), new("Input.From", "0001-01-01T00:00"), new("Input.Reason", "Năm 1"), new("Input.Custom", "true")], url);

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Hãy ghi lý do cách ly", await TextAsync(noReason), StringComparison.Ordinal);
        Assert.Contains("Bộ lọc trống", await TextAsync(emptyFilter), StringComparison.Ordinal);
        var nothingPage = await TextAsync(nothing);
        Assert.Contains("Không có phiếu đang được tính nào khớp với bộ lọc", nothingPage, StringComparison.Ordinal);
        // The organisers' own filter comes back as it was typed, reason included.
        Assert.Contains("value=\"192.0.2.0/24\"", nothingPage, StringComparison.Ordinal);
        Assert.Contains(">Không có gì</textarea>", nothingPage, StringComparison.Ordinal);
        // A finding's form does not leave its criteria in the organisers' own filter (its minutes would not come with them).
        var findingPage = await TextAsync(finding);
        Assert.Contains("Không có phiếu đang được tính nào khớp với bộ lọc", findingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"192.0.2.0/24\"", findingPage, StringComparison.Ordinal);
        Assert.Contains("Bộ lọc không hợp lệ", await TextAsync(backwards), StringComparison.Ordinal);
        Assert.Contains("Bộ lọc không hợp lệ", await TextAsync(forgedMinute), StringComparison.Ordinal);
        Assert.Contains("Bộ lọc không hợp lệ", await TextAsync(yearOne), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync(Review)).StatusCode);
        Assert.Equal(before, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.CountAsync()));
        Assert.Equal(0, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.TeamId == team && v.QuarantineId != null)));

        await organiser.UseEnglishAsync();
        var inEnglish = await organiser.PostFormAsync(Review, [new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture))], url);
        Assert.Contains("Give the reason for the quarantine", await TextAsync(inEnglish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observers_read_the_pages_but_cannot_quarantine_release_or_manage_keys_and_anonymous_visitors_see_nothing()
    {
        var team = await fixture.TeamAsync(fixture.Entries[7]);
        await fixture.AddVotesAsync([Cast(team, "observer-1", At(30, 8, 30), "100.66.0.0/24")]);
        var observer = await fixture.SignedInAsync(Observer);
        var anonymous = fixture.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync(Review)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync(Counts)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync("/organizer/partner-keys")).StatusCode);
        Assert.DoesNotContain("handler=Quarantine", await observer.GetStringAsync(Review), StringComparison.Ordinal);
        var quarantine = await observer.PostFormAsync(Review, [new("Input.TeamId", team.ToString(CultureInfo.InvariantCulture)), new("Input.Reason", "Người quan sát")], Review + "?handler=Quarantine");
        var release = await observer.PostFormAsync(Review, [new("releaseReason", "Người quan sát")], Review + "?handler=Release&quarantineId=1");
        var create = await observer.PostFormAsync("/organizer/partner-keys", [new("Input.Name", "Báo của người quan sát"), new("Input.RateLimit", "0")], "/organizer/partner-keys?handler=Create");

        foreach (var refused in new[] { quarantine, release, create })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.TeamId == team && v.QuarantineId != null)));
        Assert.False(await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PartnerKeys.AnyAsync(k => k.Name == "Báo của người quan sát")));
        foreach (var url in new[] { Review, Counts, "/organizer/partner-keys" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_network_and_a_user_agent_shared_by_many_voters_for_one_entry_are_found_and_the_network_is_quarantined_without_its_partner_votes()
    {
        var (networkEntry, agentEntry) = (fixture.Entries[8], fixture.Entries[9]);
        var (networkTeam, agentTeam) = (await fixture.TeamAsync(networkEntry), await fixture.TeamAsync(agentEntry));
        var spread = await Task.WhenAll(fixture.Entries.Skip(20).Select(fixture.TeamAsync));
        var partnerKey = int.Parse(fixture.Key.Split('_')[1], CultureInfo.InvariantCulture);
        await fixture.AddVotesAsync(
            // 60 readers of one /24, 45 of them for the same entry; a partner's server on that /24 sent three votes too.
            Enumerable.Range(0, 60).Select(i => Cast(i < 45 ? networkTeam : spread[i % spread.Length], $"net-{i}", At(29, 15).AddMinutes(i * 3), "198.51.100.0/24"))
                .Concat(Enumerable.Range(0, 3).Select(i => Cast(networkTeam, $"net-partner-{i}", At(29, 16, i), "198.51.100.0/24", "VnExpress/1.0", VoteSource.Partner, partnerKey)))
                // 55 readers from 55 networks with a script's user agent, all for one entry.
                .Concat(Enumerable.Range(0, 55).Select(i => Cast(agentTeam, $"agent-{i}", At(29, 18).AddMinutes(i * 2), $"100.70.{i}.0/24", "python-requests/2.31")))
                // 80 readers of a mobile network spread over ten entries: a crowd, but not one that leans on an entry.
                .Concat(Enumerable.Range(0, 80).Select(i => Cast(spread[i % spread.Length], $"mobile-{i}", At(30, 6).AddMinutes(i), "113.160.0.0/24"))));
        var organiser = await fixture.SignedInAsync(Organiser);

        var page = await organiser.GetStringAsync(Review);
        var network = Row(page, "networks", networkEntry);
        var agent = Row(page, "agents", agentEntry);

        Assert.NotNull(network);
        Assert.Contains("198.51.100.0/24", network, StringComparison.Ordinal);
        Assert.Equal("60", Cell(network, "data-voters"));
        Assert.Contains($"{networkEntry}: 45 người (75 %)", WebUtility.HtmlDecode(network), StringComparison.Ordinal);
        Assert.NotNull(agent);
        Assert.Contains("python-requests/2.31", agent, StringComparison.Ordinal);
        Assert.Equal("55", Cell(agent, "data-voters"));
        Assert.DoesNotContain("113.160.0.0/24", page, StringComparison.Ordinal);
        var before = await TallyAsync(networkEntry);

        var response = await organiser.PostFormAsync(Review, FormOf(network).Append(new("Input.Reason", "Một mạng, 60 người")), Review + "?handler=Quarantine");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before - 45, await TallyAsync(networkEntry));
        Assert.Equal(3, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.Network == "198.51.100.0/24" && v.QuarantineId == null)));
        Assert.Null(Row(await organiser.GetStringAsync(Review), "networks", networkEntry));
    }

    [Fact]
    public async Task A_partner_keys_peak_against_its_own_mean_is_found_with_the_entry_it_favoured()
    {
        var key = await fixture.CreatePartnerKeyAsync("Báo thử đỉnh");
        var keyId = int.Parse(key.Split('_')[1], CultureInfo.InvariantCulture);
        var (steady, favoured) = (await fixture.TeamAsync(fixture.Entries[10]), await fixture.TeamAsync(fixture.Entries[11]));
        // Five votes a minute for ten minutes, then a hundred in one minute, ninety of them for one entry.
        await fixture.AddVotesAsync(Enumerable.Range(0, 50).Select(i => Cast(steady, $"peak-steady-{i}", At(30, 7, i / 5), "203.0.113.128/24", "Partner/1", VoteSource.Partner, keyId))
            .Concat(Enumerable.Range(0, 100).Select(i => Cast(i < 90 ? favoured : steady, $"peak-{i}", At(30, 7, 30), "203.0.113.128/24", "Partner/1", VoteSource.Partner, keyId))));
        var organiser = await fixture.SignedInAsync(Organiser);

        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync(Review));
        var row = Regex.Match(page, "<tr data-finding=\"partner\">\\s*<td>Báo thử đỉnh</td>(.*?)</tr>", RegexOptions.Singleline);

        Assert.True(row.Success, "no peak for the key");
        Assert.Contains("<td class=\"num\" data-votes>100</td>", row.Value, StringComparison.Ordinal);
        Assert.Contains("13,64 (trên 11 phút)", row.Value, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">69</td>", row.Value, StringComparison.Ordinal);
        Assert.Contains($"{fixture.Entries[11]}: 90 phiếu (90 %)", row.Value, StringComparison.Ordinal);
        Assert.Equal(["Input.PartnerKeyId", "Input.FromMinute", "Input.ToMinute"], FormOf(row.Value).Select(f => f.Key));
    }

    [Fact]
    public async Task An_organiser_creates_a_partner_key_that_is_shown_once_and_votes_then_revokes_it_and_it_is_refused()
    {
        var organiser = await fixture.SignedInAsync(Organiser);

        var created = await organiser.PostFormAsync("/organizer/partner-keys",
            [new("Input.Name", "Tuổi Trẻ Online"), new("Input.EditionId", "2023"), new("Input.RateLimit", "50")], "/organizer/partner-keys?handler=Create");
        var html = await TextAsync(created);
        var key = KeyPattern().Match(html).Value;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("chỉ hiện một lần này", html, StringComparison.Ordinal);
        Assert.NotEmpty(key);
        var partner = fixture.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var vote = await partner.PostAsync("/api/v1/editions/2023/votes",
            new StringContent(JsonSerializer.Serialize(new { entry = fixture.Entries[12], voter = "tto-1" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, vote.StatusCode);
        var list = await organiser.GetStringAsync("/organizer/partner-keys");
        Assert.Contains("Tuổi Trẻ Online", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.Contains("50 yêu cầu/giây", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);

        var id = key.Split('_')[1];
        var revoked = await organiser.PostFormAsync("/organizer/partner-keys", [], $"/organizer/partner-keys?handler=Revoke&keyId={id}");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var refused = await partner.PostAsync("/api/v1/editions/2023/votes",
            new StringContent(JsonSerializer.Serialize(new { entry = fixture.Entries[12], voter = "tto-2" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("đã thu hồi", WebUtility.HtmlDecode(await organiser.GetStringAsync("/organizer/partner-keys")), StringComparison.Ordinal);

        // Revoking it again is refused, and said as a problem, not as a notice.
        await organiser.PostFormAsync("/organizer/partner-keys", [], $"/organizer/partner-keys?handler=Revoke&keyId={id}");
        Assert.Contains($"<p class=\"alert\" role=\"alert\" id=\"alert\">Khóa số {id} không tồn tại hoặc đã bị thu hồi trước đó.</p>",
            WebUtility.HtmlDecode(await organiser.GetStringAsync("/organizer/partner-keys")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2023", "0", "Hãy nhập tên đối tác")]
    [InlineData("Báo A", "2023", "-1", "Số yêu cầu mỗi giây phải là số nguyên")]
    [InlineData("Báo A", "2023", "nhiều", "Số yêu cầu mỗi giây phải là số nguyên")]
    [InlineData("Báo A", "1999", "0", "Không có mùa thi này")]
    public async Task A_partner_key_with_a_bad_name_rate_or_edition_is_refused_with_the_reason(string name, string edition, string rate, string message)
    {
        var organiser = await fixture.SignedInAsync(Organiser);
        var keys = await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PartnerKeys.CountAsync());

        var response = await organiser.PostFormAsync("/organizer/partner-keys",
            [new("Input.Name", name), new("Input.EditionId", edition), new("Input.RateLimit", rate)], "/organizer/partner-keys?handler=Create");

        Assert.Contains(message, await TextAsync(response), StringComparison.Ordinal);
        Assert.DoesNotMatch(KeyPattern(), await response.Content.ReadAsStringAsync());
        Assert.Equal(keys, await fixture.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PartnerKeys.CountAsync()));
    }

    [Fact]
    public async Task The_organisers_home_links_to_the_vote_and_the_partner_keys()
    {
        var organiser = await fixture.SignedInAsync(Organiser);

        var home = await organiser.GetStringAsync("/organizer");

        Assert.Contains("href=\"/organizer/editions/2023/votes\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/organizer/partner-keys\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1, 40 }, 1.0)]
    [InlineData(new[] { 1, 2, 2, 2 }, 1.5)]
    [InlineData(new[] { 3, 1, 5, 1, 200, 1 }, 5.0)]
    [InlineData(new[] { 4, 2, 6, 2 }, 5.0)]
    [InlineData(new[] { 0, 3, 9, 1 }, 0.0)]
    public void The_median_is_read_from_a_histogram_of_value_and_times(int[] pairs, double median) =>
        Assert.Equal(median, ReviewThresholds.Median(pairs.Chunk(2).Select(p => (p[0], p[1]))));

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 20)]
    [InlineData(4, 20)]
    [InlineData(4.1, 21)]
    [InlineData(30, 150)]
    public void A_burst_needs_twenty_votes_a_minute_and_five_times_the_entrys_median(double median, int threshold) =>
        Assert.Equal(threshold, ReviewThresholds.BurstThreshold(median));

    [Fact]
    public void Consecutive_flagged_minutes_make_one_run()
    {
        var runs = ReviewThresholds.Runs([(12, 30), (10, 25), (11, 40), (20, 21)]);

        Assert.Equal([(10, 12, 95, 40), (20, 20, 21, 21)], runs);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(Input\\.[A-Za-z]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("dfl_[0-9]+_[A-Za-z0-9_-]{20,}")]
    private static partial Regex KeyPattern();
}
