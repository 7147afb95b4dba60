using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataForLife.OperationsTests;

/// <summary>
/// The platform as it runs on contest days: two instances behind nginx on one PostgreSQL. What one instance gave a
/// person (a session, a form, a one-time code, a stored vote or file) holds on the other.
/// </summary>
[Trait("Category", "Operations")]
public sealed partial class TwoInstanceTests(TwoInstanceTests.VotingCluster cluster) : IClassFixture<TwoInstanceTests.VotingCluster>
{
    /// <summary>The demo edition with its public vote open, and a partner key.</summary>
    public sealed class VotingCluster : Cluster
    {
        public string PartnerKey { get; private set; } = string.Empty;

        protected override async Task SeedAsync()
        {
            await DflAsync("demo", "seed", "--stage", "voting");
            var output = await DflAsync("partner-keys", "create", "--name", "Báo Điện tử", "--edition", "demo");
            PartnerKey = output.TrimEnd().Split('\n')[^1].Trim();
        }
    }

    private static readonly string[] Organiser = ["Input.Token", "Input.DisplayName", "Input.Email", "Input.Password"];

    [Fact]
    public async Task A_session_and_a_form_made_on_one_instance_are_accepted_by_the_other_and_through_the_proxy()
    {
        using var person = new Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync(cluster.B, "/organizer")).StatusCode);

        // The form comes from A, is posted to B (antiforgery keys are shared), and B signs the organiser in.
        var token = await person.FormTokenAsync(cluster.A, "/setup");
        var setupToken = (await cluster.DflAsync("setup", "token")).TrimEnd().Split('\n')[^1].Trim();
        using var created = await person.PostFormAsync(cluster.B, "/setup", token,
            (Organiser[0], setupToken), (Organiser[1], "Trần Thị Vận Hành"), (Organiser[2], "vanhanh@example.vn"), (Organiser[3], "Mat-khau-rat-dai-2023!"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/organizer", created.Headers.Location?.OriginalString);

        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            using var page = await person.GetAsync(instance, "/organizer");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // Through the proxy, requests go to both instances in turn, and each knows the session.
        var upstreams = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await person.GetAsync(cluster.Proxy, "/organizer");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            upstreams.Add(page.Headers.GetValues("X-Upstream").Single());
        }

        Assert.Equal(new[] { $"127.0.0.1:{cluster.A.Port}", $"127.0.0.1:{cluster.B.Port}" }.Order(StringComparer.Ordinal), upstreams.Order(StringComparer.Ordinal));

        // A file uploaded through one instance is downloaded through the other, byte for byte.
        var content = RandomNumberGenerator.GetBytes(300_000);
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var upload = await person.Client.PostAsync(new Uri(cluster.A, "/api/v1/editions/demo/datasets/hanoi-satellite/files?name=anh-ve-tinh.tif"), body);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var uploaded = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
        var id = uploaded.RootElement.GetProperty("id").GetGuid();
        using var anonymous = new Browser();
        using var download = await anonymous.GetAsync(cluster.B, $"/data/hanoi-satellite/files/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        // Through the proxy too (nginx keeps a body this large in a file of its own before passing it on).
        var proxied = new ByteArrayContent(content);
        proxied.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var viaProxy = await person.Client.PostAsync(new Uri(cluster.Proxy, "/api/v1/editions/demo/datasets/hanoi-satellite/files?name=anh-2.tif"), proxied);
        Assert.Equal(HttpStatusCode.Created, viaProxy.StatusCode);
        using var proxiedBody = JsonDocument.Parse(await viaProxy.Content.ReadAsStringAsync());
        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            using var again = await anonymous.GetAsync(instance, $"/data/hanoi-satellite/files/{proxiedBody.RootElement.GetProperty("id").GetGuid()}");
            Assert.Equal(content, await again.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task The_same_vote_sent_to_both_instances_is_counted_once()
    {
        using var partner = new HttpClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cluster.PartnerKey);
        using var entries = JsonDocument.Parse(await partner.GetStringAsync(new Uri(cluster.Proxy, "/api/v1/editions/demo/entries")));
        var entry = entries.RootElement[3].GetProperty("entry").GetString()!;
        var vote = new { entry, voter = "doc-gia-" + Guid.NewGuid().ToString("N") };
        var before = await CountedAsync(partner, entry);

        using var first = await partner.PostAsJsonAsync(new Uri(cluster.A, "/api/v1/editions/demo/votes"), vote);
        using var second = await partner.PostAsJsonAsync(new Uri(cluster.B, "/api/v1/editions/demo/votes"), vote);
        using var third = await partner.PostAsJsonAsync(new Uri(cluster.Proxy, "/api/v1/editions/demo/votes"), vote);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        Assert.Equal(before + 1, await CountedAsync(partner, entry));
    }

    private async Task<int> CountedAsync(HttpClient partner, string entry)
    {
        using var tally = JsonDocument.Parse(await partner.GetStringAsync(new Uri(cluster.B, "/api/v1/editions/demo/votes/tally")));
        return tally.RootElement.EnumerateArray().Single(r => r.GetProperty("entry").GetString() == entry).GetProperty("votes").GetInt32();
    }

    [Fact]
    public async Task A_one_time_code_asked_on_one_instance_is_checked_on_the_other()
    {
        using var reader = new Browser();
        var phone = "09" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999);
        var token = await reader.FormTokenAsync(cluster.A, "/vote/verify");
        var folder = Path.Combine(cluster.Shared, "sms");
        var earlier = Directory.Exists(folder) ? Directory.GetFiles(folder).ToHashSet() : [];
        using var sent = await reader.PostFormAsync(cluster.A, "/vote/verify?handler=Send", token, ("Channel", "Phone"), ("Address", phone));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var code = await CodeSentToAsync(phone, Directory.GetFiles(folder).Except(earlier).Single());

        var tokenB = await reader.FormTokenAsync(cluster.B, "/vote/verify");
        using var verified = await reader.PostFormAsync(cluster.B, "/vote/verify?handler=Verify", tokenB, ("Channel", "Phone"), ("Address", phone), ("Code", code));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);

        // The reader's voter session, made by B, is known to A; and the code, used on B, is spent on A too.
        using var page = await reader.GetAsync(cluster.A, "/vote/verify");
        Assert.Contains("handler=SignOut", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var other = new Browser();
        var tokenA = await other.FormTokenAsync(cluster.A, "/vote/verify");
        using var again = await other.PostFormAsync(cluster.A, "/vote/verify?handler=Verify", tokenA, ("Channel", "Phone"), ("Address", phone), ("Code", code));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("handler=SignOut", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> CodeSentToAsync(string phone, string file)
    {
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains(phone[1..], text.Split('\n')[0], StringComparison.Ordinal);
        var match = SixDigits().Match(text.Split('\n', 2)[1]);
        Assert.True(match.Success, "The text message holds no code.");
        return match.Value;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
