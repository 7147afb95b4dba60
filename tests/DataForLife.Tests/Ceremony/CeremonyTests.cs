using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Features.Ceremony;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Ceremony;

/// <summary>The final published in the morning, its results kept for the evening's ceremony, then the prizes, letters, payouts and certificates.</summary>
[Trait("Category", "Integration")]
public sealed class CeremonyTests : IAsyncLifetime
{
    private readonly CeremonyFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<Dictionary<int, string>> CodesAsync() =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").ToDictionaryAsync(t => t.Id, t => t.PublicCode));

    private Task<List<Certificate>> CertificatesAsync() =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync());

    private Task<int> ReleaseAsync() => _factory.WithScopeAsync(sp => sp.GetRequiredService<CeremonyRelease>().ReleaseDueAsync(CancellationToken.None));

    [Fact]
    public async Task Before_the_ceremony_no_page_api_export_letter_or_shared_preview_reveals_the_final_and_at_its_time_everything_does()
    {
        await _factory.ScoreFinalAsync();
        Assert.True((await _factory.PublishFinalAsync()).Published);
        var codes = await CodesAsync();
        var first = codes[_factory.Finalists[0]];
        var certificate = (await CertificatesAsync()).First(c => c.Kind == CertificateKind.Prize);
        var anonymous = _factory.CreateClient();
        var member = await _factory.SignedInAsync(await _factory.LeaderOfAsync(_factory.Finalists[0]));

        // 10:00, the final is published: the awards and certificates exist, and nothing outside shows them.
        var results = await anonymous.GetAsync("/results");
        var page = await results.Content.ReadAsStringAsync();
        Assert.Equal("no-cache", results.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("data-round=\"final\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Giải Nhất", page, StringComparison.Ordinal);
        Assert.Contains("id=\"awaiting-ceremony\"", page, StringComparison.Ordinal);
        var home = await anonymous.GetStringAsync("/");
        Assert.DoesNotContain("id=\"winners\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain(first, home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/editions/2023/rounds/final/results")).StatusCode);
        var api = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/editions/2023/results")).RootElement;
        Assert.Equal(["round1", "round2"], api.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Empty(api.GetProperty("awards").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/results/press")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/results/press.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/certificates/{certificate.Serial}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/certificates/{certificate.Serial}")).StatusCode);
        Assert.DoesNotContain("id=\"certificates\"", await member.GetStringAsync("/team"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/team/certificates/{certificate.Serial}.pdf")).StatusCode);
        var organiser = await _factory.SignedInAsync(CeremonyFactory.Organiser);
        var export = await organiser.GetAsync("/organizer/editions/2023/ceremony?handler=Xlsx");
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        Assert.Equal(0, await ReleaseAsync());
        Assert.DoesNotContain(_factory.Mailbox.All(), m => (m.Subject ?? string.Empty).Contains("Kết quả Dữ liệu số với cuộc sống", StringComparison.Ordinal));

        // 19:00, the ceremony: the prizes lead the results and the home page, the API and the press kit give them, letters go out.
        _factory.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/results"));
        Assert.True(page.IndexOf("id=\"prizes\"", StringComparison.Ordinal) < page.IndexOf("data-round=\"final\"", StringComparison.Ordinal));
        Assert.True(page.IndexOf("data-round=\"final\"", StringComparison.Ordinal) < page.IndexOf("data-round=\"round2\"", StringComparison.Ordinal));
        Assert.Matches($"data-team=\"{first}\" data-prize=\"first\"", page);
        Assert.Contains("200.000.000 ₫", page, StringComparison.Ordinal);
        home = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/"));
        Assert.True(home.IndexOf("id=\"winners\"", StringComparison.Ordinal) < home.IndexOf("id=\"categories-heading\"", StringComparison.Ordinal));
        Assert.Matches("<meta property=\"og:description\" content=\"Giải Nhất: ", home);
        api = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/editions/2023/results")).RootElement;
        var awards = api.GetProperty("awards").EnumerateArray().ToList();
        Assert.Equal(5, awards.Count);
        Assert.Equal((first, 200_000_000L), (awards[0].GetProperty("team").GetString(), awards[0].GetProperty("amountVnd").GetInt64()));
        Assert.Equal(10, JsonSerializer.Deserialize<JsonElement[]>(await anonymous.GetStringAsync("/api/v1/editions/2023/rounds/final/results"))!.Length);
        Assert.Contains(first, await anonymous.GetStringAsync("/results/press.csv"), StringComparison.Ordinal);

        await ReleaseAsync();
        var leader = await _factory.LeaderOfAsync(_factory.Finalists[0]);
        var letter = await _factory.Mailbox.WaitForAsync(leader, "Kết quả Dữ liệu số với cuộc sống");
        Assert.Contains("đoạt Giải Nhất", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("200.000.000 ₫", letter.TextBody, StringComparison.Ordinal);
        Assert.Matches("/certificates/DFL-[0-9A-Z-]{24}", letter.TextBody);
        var sixth = await _factory.Mailbox.WaitForAsync(await _factory.LeaderOfAsync(_factory.Finalists[5]), "Kết quả Dữ liệu số với cuộc sống");
        Assert.Contains("đi đến Vòng chung kết", sixth.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("không đi tiếp", sixth.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("đoạt", sixth.TextBody, StringComparison.Ordinal);
        // The sweep again, or another instance's: the letters went out once.
        Assert.Equal(0, await ReleaseAsync());
        Assert.Single(_factory.Mailbox.To(leader), m => (m.Subject ?? string.Empty).Contains("Kết quả Dữ liệu số với cuộc sống", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publishing_the_final_is_refused_while_two_teams_are_equal_across_a_prize_line_until_the_head_orders_them()
    {
        var second = _factory.Finalists[1];
        var third = _factory.Finalists[2];
        await _factory.ScoreFinalAsync(team => team == third ? 0.9 : 0.95 - (_factory.Finalists.ToList().IndexOf(team) * 0.05));

        var refused = await _factory.PublishFinalAsync();

        Assert.False(refused.Published);
        Assert.Equal([second, third], refused.OpenTies.Single().Order());
        Assert.Equal(0, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Awards.CountAsync()));
        Assert.Empty(await CertificatesAsync());

        var head = await _factory.UserIdAsync(JudgingFactory.Head);
        Assert.True(await _factory.WithScopeAsync(async sp => await sp.GetRequiredService<TieDecisions>()
            .DecideAsync(await _factory.RoundAsync("final"), head, [third, second], "Sản phẩm demo hoàn thiện hơn.", CancellationToken.None)));
        Assert.True((await _factory.PublishFinalAsync()).Published);

        var awards = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Awards.OrderBy(a => a.Rank).ToListAsync());
        Assert.Equal((third, "second", 100_000_000L), (awards[1].TeamId, awards[1].PrizeCode, awards[1].AmountVnd));
        Assert.Equal((second, "third", 50_000_000L), (awards[2].TeamId, awards[2].PrizeCode, awards[2].AmountVnd));
    }

    [Fact]
    public async Task Announce_now_is_refused_before_the_final_is_published_and_once_public_and_otherwise_opens_the_results_at_once()
    {
        var organiser = await _factory.SignedInAsync(CeremonyFactory.Organiser);
        var early = await organiser.PostFormAsync("/organizer/editions/2023/ceremony", [], "/organizer/editions/2023/ceremony?handler=Announce");
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Contains("Vòng chung kết chưa chốt kết quả.", await organiser.GetStringAsync("/organizer/editions/2023/ceremony"), StringComparison.Ordinal);

        var observer = await _factory.SignedInAsync(CeremonyFactory.Observer);
        await _factory.ScoreFinalAsync();
        await _factory.PublishFinalAsync();
        var refused = await observer.PostFormAsync("/organizer/editions/2023/ceremony", [], "/organizer/editions/2023/ceremony?handler=Announce");
        Assert.StartsWith("http://localhost/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"prizes\"", await _factory.CreateClient().GetStringAsync("/results"), StringComparison.Ordinal);

        await organiser.PostFormAsync("/organizer/editions/2023/ceremony", [], "/organizer/editions/2023/ceremony?handler=Announce");

        Assert.Contains("id=\"prizes\"", await _factory.CreateClient().GetStringAsync("/results"), StringComparison.Ordinal);
        Assert.Equal(CeremonyFactory.FinalDay, await _factory.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<Web.Features.Editions.EditionStore>().FindAsync("2023"))!.Definition.Ceremony.ResultsAt));
        await _factory.Mailbox.WaitForAsync(await _factory.LeaderOfAsync(_factory.Finalists[0]), "Kết quả Dữ liệu số với cuộc sống");
        var again = await organiser.PostFormAsync("/organizer/editions/2023/ceremony", [], "/organizer/editions/2023/ceremony?handler=Announce");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Kết quả đã được công bố từ trước.", await organiser.GetStringAsync("/organizer/editions/2023/ceremony"), StringComparison.Ordinal);
        var audit = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Single(audit, a => a == "results.announced-now");
        Assert.Single(audit, a => a == "results.released");
    }

    [Fact]
    public async Task The_payout_sheet_gives_organisers_identity_numbers_whole_and_observers_masked_and_each_export_is_audited()
    {
        await _factory.ScoreFinalAsync();
        await _factory.PublishFinalAsync();
        _factory.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        var document = await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var leader = await db.TeamMembers.Where(m => m.TeamId == _factory.Finalists[0] && m.IsLeader).Select(m => m.UserId).SingleAsync();
            return await db.Profiles.Where(p => p.UserId == leader).Select(p => p.DocumentNumber).SingleAsync();
        });
        var organiser = await _factory.SignedInAsync(CeremonyFactory.Organiser);
        var observer = await _factory.SignedInAsync(CeremonyFactory.Observer);

        var csv = await organiser.GetStringAsync("/organizer/editions/2023/ceremony?handler=Csv");
        var masked = await observer.GetStringAsync("/organizer/editions/2023/ceremony?handler=Csv");
        var xlsx = await organiser.GetByteArrayAsync("/organizer/editions/2023/ceremony?handler=Xlsx");

        Assert.Contains(document, csv, StringComparison.Ordinal);
        Assert.Contains("200000000", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(document, masked, StringComparison.Ordinal);
        Assert.Contains(Web.Domain.Registration.PersonalData.Mask(document), masked, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.DoesNotContain(document, await observer.GetStringAsync("/organizer/editions/2023/ceremony"), StringComparison.Ordinal);
        var exports = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Action == "payouts.exported").Select(a => a.AfterJson!).ToListAsync());
        Assert.Equal(3, exports.Count);
        Assert.Single(exports, e => System.Text.RegularExpressions.Regex.IsMatch(e, "\"masked\":\\s*true"));
    }

    [Fact]
    public async Task A_certificate_is_verified_by_its_serial_revoked_only_with_a_reason_and_reissued_under_a_new_serial()
    {
        await _factory.ScoreFinalAsync();
        await _factory.PublishFinalAsync();
        _factory.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        var certificate = (await CertificatesAsync()).First(c => c.Kind == CertificateKind.Prize);
        var anonymous = _factory.CreateClient();
        var organiser = await _factory.SignedInAsync(CeremonyFactory.Organiser);

        var unknown = await anonymous.GetAsync("/certificates/DFL-0000-0000-0000-0000-0000");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("id=\"certificate-unknown\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var valid = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/certificates/{certificate.Serial}")).RootElement;
        Assert.Equal(("valid", certificate.HolderName, "Giải Nhất"), (valid.GetProperty("status").GetString(), valid.GetProperty("holder").GetString(), valid.GetProperty("awardVi").GetString()));

        var page = $"/organizer/editions/2023/certificates";
        await organiser.PostFormAsync(page, [], $"{page}?handler=Revoke&serial={certificate.Serial}");
        Assert.Contains("Hãy ghi lý do", await organiser.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal("valid", JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/certificates/{certificate.Serial}")).RootElement.GetProperty("status").GetString());

        var observer = await _factory.SignedInAsync(CeremonyFactory.Observer);
        var refused = await observer.PostFormAsync(page, [new("reason", "x")], $"{page}?handler=Revoke&serial={certificate.Serial}");
        Assert.StartsWith("http://localhost/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        await organiser.PostFormAsync(page, [new("holderName", "Nguyễn Thị Ánh Tuyết"), new("reason", "Sai chính tả họ tên")], $"{page}?handler=Reissue&serial={certificate.Serial}");
        var old = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/certificates/{certificate.Serial}")).RootElement;
        var replacement = old.GetProperty("replacedBy").GetString()!;
        Assert.Equal("revoked", old.GetProperty("status").GetString());
        Assert.Contains("Sai chính tả họ tên", old.GetProperty("revocationReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Sai chính tả họ tên", await anonymous.GetStringAsync($"/certificates/{certificate.Serial}"), StringComparison.Ordinal);
        var reissued = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/certificates/{replacement}")).RootElement;
        Assert.Equal(("valid", "Nguyễn Thị Ánh Tuyết"), (reissued.GetProperty("status").GetString(), reissued.GetProperty("holder").GetString()));

        // A member downloads a valid certificate of their own team only; the revoked one and another team's do not exist for them.
        var member = await _factory.SignedInAsync(await _factory.LeaderOfAsync(certificate.TeamId));
        var other = (await CertificatesAsync()).First(c => c.TeamId != certificate.TeamId && !c.IsRevoked);
        Assert.Equal("application/pdf", (await member.GetAsync($"/team/certificates/{replacement}.pdf")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/team/certificates/{certificate.Serial}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/team/certificates/{other.Serial}.pdf")).StatusCode);

        var zip = await organiser.GetByteArrayAsync($"{page}?handler=Zip");
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Equal((await CertificatesAsync()).Count(c => !c.IsRevoked), archive.Entries.Count);
        Assert.DoesNotContain(archive.Entries, e => e.Name.Contains(certificate.Serial, StringComparison.Ordinal));
        var audit = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("certificate.reissued", audit);
        Assert.Contains("certificates.downloaded", audit);
    }

    [Fact]
    public async Task The_contact_point_is_in_every_pages_footer_and_at_the_end_of_every_email()
    {
        var page = await _factory.CreateClient().GetStringAsync("/rules");
        Assert.Contains("id=\"contact\"", page, StringComparison.Ordinal);
        Assert.Contains("mailto:lienhe@dataforlife.vn", page, StringComparison.Ordinal);

        await _factory.ScoreFinalAsync();
        await _factory.PublishFinalAsync();
        _factory.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        await ReleaseAsync();
        var letter = await _factory.Mailbox.WaitForAsync(await _factory.LeaderOfAsync(_factory.Finalists[0]), "Kết quả Dữ liệu số với cuộc sống");
        Assert.EndsWith("lienhe@dataforlife.vn", (letter.TextBody ?? string.Empty).TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("Trung tâm Dữ liệu quốc gia về dân cư", letter.TextBody, StringComparison.Ordinal);
    }
}
