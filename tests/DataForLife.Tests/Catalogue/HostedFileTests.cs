using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Catalogue;

[Trait("Category", "Integration")]
public sealed class HostedFileTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 251))];

    private async Task<HttpClient> OrganiserAsync(string email)
    {
        await factory.CreateUserAsync(email, role: Roles.Organizer);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] bytes, string name)
    {
        var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/v1/editions/2023/datasets/{slug}/files?name={Uri.EscapeDataString(name)}", body);
    }

    private Task<long> DownloadsAsync(Guid fileId) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Set<HostedFile>().Where(f => f.Id == fileId).Select(f => f.DownloadCount).SingleAsync());

    private static KeyValuePair<string, string>[] Entry(string slug, string nameVi, params string[] extra) =>
    [
        new("Input.Slug", slug), new("Input.Provider", "Open"), new("Input.NameVi", nameVi), new("Input.NameEn", nameVi + " (en)"),
        new("Input.DescriptionVi", "Mô tả bộ dữ liệu."), new("Input.DescriptionEn", "About the data set."), new("Input.Position", "500"),
        .. extra.Select(e => new KeyValuePair<string, string>(e.Split('=')[0], e.Split('=')[1])),
    ];

    [Fact]
    public async Task An_organiser_adds_an_entry_and_uploads_a_file_whose_size_and_SHA256_are_recorded()
    {
        var organiser = await OrganiserAsync("btc-tep@c06.gov.vn");

        var saved = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry",
            Entry("giao-thong-mo", "Giao thông mở", "Input.Categories=society", "Input.Topics=traffic-incidents", "Input.SourceUrl=https://example.org/data"),
            "/organizer/editions/2023/catalogue/entry?handler=Save");
        var upload = await UploadAsync(organiser, "giao-thong-mo", Content, "../du-lieu/giao-thong.csv");
        var file = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var page = await factory.CreateClient().GetStringAsync("/data/giao-thong-mo");
        var filtered = await factory.CreateClient().GetStringAsync("/data?Topic=traffic-incidents");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/organizer/editions/2023/catalogue/entry/giao-thong-mo", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("giao-thong.csv", file.GetProperty("name").GetString());
        Assert.Equal("text/csv", file.GetProperty("contentType").GetString());
        Assert.Equal(Content.Length, file.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Content)), file.GetProperty("sha256").GetString());
        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<HostedFile>().SingleAsync(f => f.FileName == "giao-thong.csv"));
        Assert.Equal(Content.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Content)), stored.Sha256);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Content)), page, StringComparison.Ordinal);
        Assert.Contains("data-slug=\"giao-thong-mo\"", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_request_resumes_a_download_and_the_count_goes_up()
    {
        var organiser = await OrganiserAsync("btc-range@c06.gov.vn");
        var file = await (await UploadAsync(organiser, "meteor", Content, "meteor-mau.bin")).Content.ReadFromJsonAsync<JsonElement>();
        var url = file.GetProperty("url").GetString()!;
        var id = file.GetProperty("id").GetGuid();
        var reader = factory.CreateClient();
        var before = await DownloadsAsync(id);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(100, null);
        using var response = await reader.SendAsync(request);
        var rest = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-{Content.Length - 1}/{Content.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Content.Length - 100, response.Content.Headers.ContentLength);
        Assert.Equal(Content[100..], rest);
        Assert.Equal(before + 1, await DownloadsAsync(id));
    }

    [Fact]
    public async Task A_whole_download_is_streamed_with_its_length_ETag_and_ranges_and_a_piece_short_of_the_end_is_not_counted()
    {
        var organiser = await OrganiserAsync("btc-full@c06.gov.vn");
        var file = await (await UploadAsync(organiser, "dota", Content, "dota-mau.json")).Content.ReadFromJsonAsync<JsonElement>();
        var id = file.GetProperty("id").GetGuid();
        var reader = factory.CreateClient();

        using var whole = await reader.GetAsync(file.GetProperty("url").GetString());
        using var piece = new HttpRequestMessage(HttpMethod.Get, file.GetProperty("url").GetString());
        piece.Headers.Range = new RangeHeaderValue(0, 99);
        using var partial = await reader.SendAsync(piece);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(Content.Length, whole.Content.Headers.ContentLength);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(Content))}\"", whole.Headers.ETag?.Tag);
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Content, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(1, await DownloadsAsync(id));
    }

    [Fact]
    public async Task An_organiser_removes_a_file_and_it_is_no_longer_served()
    {
        var organiser = await OrganiserAsync("btc-xoa@c06.gov.vn");
        var file = await (await UploadAsync(organiser, "q-traffic", Content, "q-mau.csv")).Content.ReadFromJsonAsync<JsonElement>();
        var id = file.GetProperty("id").GetGuid();

        var removed = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry/q-traffic", [],
            $"/organizer/editions/2023/catalogue/entry/q-traffic?handler=RemoveFile&fileId={id}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(file.GetProperty("url").GetString())).StatusCode);
        Assert.Empty((await factory.CreateClient().DataSetAsync("q-traffic")).GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task A_contestant_can_neither_upload_nor_remove_hosted_files()
    {
        var (leader, _) = await factory.RegisterTeamAsync("doi-tep@example.vn", "Đội Tệp");
        var organiser = await OrganiserAsync("btc-quyen@c06.gov.vn");
        var file = await (await UploadAsync(organiser, "hanoi-satellite", Content, "anh.zip")).Content.ReadFromJsonAsync<JsonElement>();

        var upload = await UploadAsync(leader, "hanoi-satellite", Content, "cua-doi.zip");
        var delete = await leader.DeleteAsync($"/api/v1/editions/2023/datasets/hanoi-satellite/files/{file.GetProperty("id").GetGuid()}");
        var anonymous = await UploadAsync(factory.CreateClient(), "hanoi-satellite", Content, "an-danh.zip");

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotEqual(HttpStatusCode.Created, anonymous.StatusCode);
        Assert.Single((await factory.CreateClient().DataSetAsync("hanoi-satellite")).GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task An_entry_with_a_bad_address_an_unknown_category_or_a_taken_address_is_refused_with_messages()
    {
        var organiser = await OrganiserAsync("btc-sai@c06.gov.vn");

        var bad = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry",
            Entry("Tên Có Dấu", "Sai", "Input.Categories=sports", "Input.SourceUrl=ftp://example.org"), "/organizer/editions/2023/catalogue/entry?handler=Save");
        var taken = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry", Entry("dota", "Trùng"),
            "/organizer/editions/2023/catalogue/entry?handler=Save");
        var html = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("chữ thường không dấu, số và dấu gạch ngang", html, StringComparison.Ordinal);
        Assert.Contains("Có hạng mục không thuộc kỳ thi này", html, StringComparison.Ordinal);
        Assert.Contains("http hoặc https", html, StringComparison.Ordinal);
        Assert.Contains("Kỳ này đã có bộ dữ liệu với địa chỉ này", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/editions/2023/datasets");
        Assert.DoesNotContain(list!, d => d.GetProperty("name").GetProperty("vi").GetString() is "Sai" or "Trùng");
    }
}
