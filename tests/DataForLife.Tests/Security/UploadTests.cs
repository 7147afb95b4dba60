using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

internal static class Uploads
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int teamId, string kind, byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind={kind}&name={Uri.EscapeDataString(name)}", content);
    }

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;

    public static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
}

/// <summary>A file is what its structure says, not only its first bytes; and it is always served as a download.</summary>
[Trait("Category", "Integration")]
public sealed class DisguisedFileTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    private const string Page = "<html><body><script>alert(document.cookie)</script></body></html>\n";

    [Fact]
    public async Task An_html_page_dressed_as_a_PDF_an_MP4_or_a_photo_is_refused()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("gia-mao", withMember: false);
        byte[] asPdf = [.. Encoding.ASCII.GetBytes("%PDF-1.7\n" + Page + "%%EOF\n")];
        byte[] asMp4 = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. Encoding.ASCII.GetBytes(Page)];
        byte[] asJpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, .. Encoding.ASCII.GetBytes(Page), 0xFF, 0xD9];

        var pdf = await Uploads.PostAsync(leader, teamId, "pdf", asPdf, "mo-ta.pdf");
        var video = await Uploads.PostAsync(leader, teamId, "video", asMp4, "demo.mp4");
        var photo = await Uploads.PostAsync(leader, teamId, "photo", asJpeg, "anh.jpg");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Contains("không phải PDF hợp lệ", await Uploads.TitleAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, video.StatusCode);
        Assert.Contains("MP4", await Uploads.TitleAsync(video), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, photo.StatusCode);
        Assert.Contains("mở được trọn vẹn", await Uploads.TitleAsync(photo), StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierFiles.AnyAsync(f => f.DisplayName.StartsWith("mo-ta") || f.DisplayName.StartsWith("demo") || f.DisplayName.StartsWith("anh"))));
    }

    [Fact]
    public async Task Real_files_pass_and_each_is_served_back_as_a_download_that_browsers_do_not_sniff()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("that", withMember: false);

        foreach (var (kind, bytes, name) in new[] { ("pdf", TestFiles.Pdf(), "mo-ta.pdf"), ("video", TestFiles.Mp4(4096), "demo.mp4"), ("photo", TestFiles.Jpeg(), "anh.jpg") })
        {
            var response = await Uploads.PostAsync(leader, teamId, kind, bytes, name);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var served = await leader.GetAsync($"/team/dossier/files/{await Uploads.IdAsync(response)}");
            Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Theory]
    [InlineData("%PDF-1.4\n1 0 obj << >> endobj\nstartxref\n999999\n%%EOF\n")]
    [InlineData("%PDF-1.4\n1 0 obj << >> endobj\nstartxref\n9\n%%EOF\n")]
    public void A_PDF_whose_startxref_points_nowhere_or_at_no_cross_reference_is_not_one(string text)
    {
        using var file = new MemoryStream(Encoding.ASCII.GetBytes(text));

        Assert.False(FileStructure.IsWellFormed(SniffedType.Pdf, file));
    }

    [Fact]
    public void An_MP4_whose_boxes_overrun_the_file_or_lack_a_movie_is_not_one()
    {
        var overrun = TestFiles.Mp4(64);
        overrun[27] = 200; // the "moov" box now claims 200 bytes of a 64-byte file
        byte[] noMovie = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, 0, 0, 0, 8, .. "free"u8];

        Assert.False(FileStructure.IsWellFormed(SniffedType.Mp4, new MemoryStream(overrun)));
        Assert.False(FileStructure.IsWellFormed(SniffedType.Mp4, new MemoryStream(noMovie)));
        Assert.True(FileStructure.IsWellFormed(SniffedType.Mp4, new MemoryStream(TestFiles.Mp4(64))));
    }
}

/// <summary>The photo limit holds when a team sends many photos at once.</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrentPhotoTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    [Fact]
    public async Task Sixteen_photos_sent_at_once_store_exactly_the_ten_the_edition_allows()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("muoi-sau", withMember: false);

        using var probe = OverlapProbe.Attach(factory.Services, "dossier.upload", expected: 16);
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Uploads.PostAsync(leader, teamId, "photo", TestFiles.Jpeg(), $"anh-{i}.jpg")));

        Assert.True(probe.Overlapped, "the first upload was held inside until all sixteen had arrived");
        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(6, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        var dossierId = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Dossiers.Where(d => d.TeamId == teamId).Select(d => d.Id).SingleAsync());
        Assert.Equal(10, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierFiles.CountAsync(f => f.DossierId == dossierId && f.RemovedAtUtc == null)));
    }
}

/// <summary>A team's files cannot fill the disk: a quota, removal of what nothing refers to, and a pace per account.</summary>
[Trait("Category", "Integration")]
public sealed class UploadQuotaTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    private Task SetQuotaAsync(int megabytes) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var edition = await db.Editions.SingleAsync(e => e.Id == "2023");
        edition.Replace(edition.Definition with { Submission = edition.Definition.Submission with { MaxTeamMegabytes = megabytes, MaxPdfMegabytes = 1 } }, DateTime.UtcNow);
        await db.SaveChangesAsync();
        sp.GetRequiredService<EditionStore>().Invalidate("2023");
    });

    private Task<bool> OnDiskAsync(Guid fileId) => factory.WithScopeAsync(async sp =>
    {
        var key = await sp.GetRequiredService<AppDbContext>().DossierFiles.Where(f => f.Id == fileId).Select(f => f.StorageKey).SingleAsync();
        return sp.GetRequiredService<IFileStorage>().Exists(key);
    });

    [Fact]
    public async Task Replaced_files_count_until_they_are_removed_from_disk_and_a_team_stops_at_its_quota()
    {
        await SetQuotaAsync(1);
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("dung-luong", withMember: false);
        var pdf = TestFiles.Pdf(padding: 400 * 1024);

        var first = await Uploads.PostAsync(leader, teamId, "pdf", pdf, "ban-1.pdf");
        var second = await Uploads.PostAsync(leader, teamId, "pdf", pdf, "ban-2.pdf");
        var third = await Uploads.PostAsync(leader, teamId, "pdf", pdf, "ban-3.pdf");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, third.StatusCode);
        Assert.Contains("trong tổng 1 MB dành cho tệp của đội", await Uploads.TitleAsync(third), StringComparison.Ordinal);
        var firstId = await Uploads.IdAsync(first);
        Assert.True(await OnDiskAsync(firstId), "a file just replaced stays a while: a save being checked may list it");

        // Ten minutes on, the replaced file that no version refers to is deleted, and its room is free again.
        factory.Clock.Advance(DossierUploads.PurgeAfter + TimeSpan.FromMinutes(1));
        await leader.SignInAsync("dung-luong-lead@example.vn");
        var fourth = await Uploads.PostAsync(leader, teamId, "pdf", pdf, "ban-4.pdf");

        Assert.Equal(HttpStatusCode.Created, fourth.StatusCode);
        Assert.False(await OnDiskAsync(firstId));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/team/dossier/files/{firstId}")).StatusCode);
    }

    [Fact]
    public async Task An_account_uploads_at_most_sixty_files_an_hour()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("nhip-do", withMember: false);
        for (var i = 0; i < DossierUploads.UploadsPerHour; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Uploads.PostAsync(leader, teamId, "pdf", TestFiles.Pdf(), $"ban-{i}.pdf")).StatusCode);
        }

        var one = await Uploads.PostAsync(leader, teamId, "pdf", TestFiles.Pdf(), "mot-nua.pdf");

        Assert.Equal(HttpStatusCode.TooManyRequests, one.StatusCode);
        Assert.Contains("60 tệp trong một giờ qua", await Uploads.TitleAsync(one), StringComparison.Ordinal);
    }
}
