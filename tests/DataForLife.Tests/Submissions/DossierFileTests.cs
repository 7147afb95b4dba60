using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Submissions;

[Trait("Category", "Integration")]
public sealed class DossierFileTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int teamId, string kind, byte[] bytes, string name, string contentType = "application/octet-stream")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await client.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind={kind}&name={Uri.EscapeDataString(name)}", content);
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;

    [Fact]
    public async Task A_photo_is_stored_without_its_location_and_served_back()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("anh", withMember: false);

        var response = await UploadAsync(leader, teamId, "photo", TestFiles.Jpeg(withGps: true), "IMG_0001.JPG");
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await leader.GetByteArrayAsync($"/team/dossier/files/{file.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("image/jpeg", file.GetProperty("contentType").GetString());
        Assert.DoesNotContain("GPS", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
        Assert.Contains("JFIF", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
        Assert.Equal(stored.Length, file.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)), file.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task An_executable_renamed_jpg_is_refused_by_its_bytes()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("exe", withMember: false);

        var response = await UploadAsync(leader, teamId, "photo", TestFiles.Executable(), "holiday.jpg");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("JPEG, PNG hoặc WebP", await TitleAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PDF_that_is_not_a_PDF_is_refused()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("pdf", withMember: false);

        var text = await UploadAsync(leader, teamId, "pdf", Encoding.UTF8.GetBytes("Đây là văn bản thường, không phải PDF."), "report.pdf");
        var truncated = await UploadAsync(leader, teamId, "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nbut nothing else"), "cut.pdf");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, truncated.StatusCode);
    }

    [Fact]
    public async Task An_oversized_file_is_cut_off_at_its_limit_with_a_clear_message()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("lon", withMember: false);
        var body = new CountingContent(TestFiles.Jpeg(), 40L * 1024 * 1024);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await leader.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind=photo&name=big.jpg", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("10 MB", await TitleAsync(response), StringComparison.Ordinal);
        Assert.True(body.BytesSent < 16L * 1024 * 1024, $"The server took {body.BytesSent} bytes of a 40 MB upload with a 10 MB limit.");
    }

    [Fact]
    public async Task A_file_name_with_folders_and_control_characters_is_cleaned()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("ten", withMember: false);

        var response = await UploadAsync(leader, teamId, "pdf", TestFiles.Pdf(), "../../etc/pass\u0007wd\r\n.exe");
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        var download = await leader.GetAsync($"/team/dossier/files/{file.GetProperty("id").GetString()}");

        Assert.Equal("passwd.pdf", file.GetProperty("name").GetString());
        Assert.Equal("passwd.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_file_sent_as_a_form_is_refused_so_that_no_other_site_can_post_one()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("form", withMember: false);

        var response = await UploadAsync(leader, teamId, "pdf", TestFiles.Pdf(), "x.pdf", "multipart/form-data");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Photos_beyond_the_editions_number_are_refused()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("nhieuanh", withMember: false);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await UploadAsync(leader, teamId, "photo", TestFiles.Jpeg(), $"anh{i}.jpg")).StatusCode);
        }

        var eleventh = await UploadAsync(leader, teamId, "photo", TestFiles.Jpeg(), "anh10.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, eleventh.StatusCode);
    }
}
