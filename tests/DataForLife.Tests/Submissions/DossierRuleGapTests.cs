using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Submissions;

[Trait("Category", "Integration")]
public sealed class DossierRuleGapTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    private static readonly Dictionary<string, object?> CompleteText = new()
    {
        ["why"] = "Người dân phải khai báo lại thông tin nhiều lần.",
        ["how"] = "Ứng dụng dùng **dữ liệu dân cư** để điền sẵn biểu mẫu.",
        ["highlights"] = "Xác thực điện tử, không cần giấy tờ.",
        ["results"] = "Thử nghiệm ở 3 phường, giảm 40% thời gian.",
    };

    private static Dictionary<string, object?> Body(int baseVersion, bool submit, string? why = null)
    {
        var fields = new Dictionary<string, object?>(CompleteText) { ["baseVersion"] = baseVersion, ["submit"] = submit, ["acceptCommitment"] = submit };
        if (why is not null)
        {
            fields["why"] = why;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int teamId, string kind, byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind={kind}&name={Uri.EscapeDataString(name)}", content);
    }

    private Task SetRequireSignedScanAsync(bool required) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var edition = await db.Editions.SingleAsync(e => e.Id == "2023");
        edition.Replace(edition.Definition with { Submission = edition.Definition.Submission with { RequireSignedScan = required } }, DateTime.UtcNow);
        await db.SaveChangesAsync();
        sp.GetRequiredService<EditionStore>().Invalidate("2023");
    });

    [Fact]
    public async Task Roles_too_long_are_refused_on_the_form_beside_the_field_with_their_length_and_the_commitment_stays_ticked()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("vaitro", withMember: false);
        var token = await leader.GetTokenAsync("/team/dossier");
        var page = await leader.PostAsync("/team/dossier?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.BaseVersion"] = "0", ["Input.Why"] = "Lý do.", ["Input.Roles"] = new string('a', 4001),
            ["Input.AcceptCommitment"] = "true", ["Input.Submit"] = "false",
        }));

        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("<span class=\"field-error\">Dài 4001 ký tự, quá giới hạn 4000 ký tự.</span>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.AcceptCommitment\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.DossierVersions.CountAsync(v => db.Dossiers.Any(d => d.Id == v.DossierId && d.TeamId == teamId));
        }));
    }

    [Fact]
    public async Task When_the_edition_requires_a_signed_scan_a_submission_without_one_is_refused_and_with_one_it_passes()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("banky", withMember: false);
        await SetRequireSignedScanAsync(true);
        try
        {
            var refused = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: true));
            var token = await leader.GetTokenAsync("/team/dossier");
            var page = await leader.PostAsync("/team/dossier?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.BaseVersion"] = "0", ["Input.Why"] = "Lý do.", ["Input.How"] = "Cách làm.",
                ["Input.Highlights"] = "Điểm nổi bật.", ["Input.Results"] = "Kết quả.", ["Input.AcceptCommitment"] = "true", ["Input.Submit"] = "true",
            }));
            var english = factory.CreateBrowserLikeClient();
            await english.SignInAsync("banky-lead@example.vn");
            await english.UseEnglishAsync();
            var refusedInEnglish = await english.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: true));
            var draft = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false));

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("Mùa thi này yêu cầu tải lên bản cam kết đã ký.", await SignedScanErrorAsync(refused));
            Assert.Equal("This edition requires the signed commitment to be uploaded.", await SignedScanErrorAsync(refusedInEnglish));
            Assert.Contains("Mùa thi này yêu cầu tải lên bản cam kết đã ký.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
            Assert.Equal(JsonValueKind.Null, (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier")).GetProperty("submittedVersion").ValueKind);

            var scan = await UploadAsync(leader, teamId, "signedScan", TestFiles.Pdf(), "cam-ket-da-ky.pdf");
            var accepted = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(1, submit: true));

            Assert.Equal(HttpStatusCode.Created, scan.StatusCode);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            var result = await accepted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(result.GetProperty("submitted").GetBoolean());
            Assert.Equal(2, (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier")).GetProperty("submittedVersion").GetInt32());
        }
        finally
        {
            await SetRequireSignedScanAsync(false);
        }
    }

    private static async Task<string?> SignedScanErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("signedScan")[0].GetString();

    [Fact]
    public async Task A_PNG_photo_is_stored_without_its_text_EXIF_and_time_chunks()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("png", withMember: false);
        var header = PngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        var image = PngChunk("IDAT", [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xC9, 0xFE, 0x92, 0xEF]);
        var end = PngChunk("IEND", []);
        byte[] photo =
        [
            .. PngSignature, .. header,
            .. PngChunk("tEXt", Encoding.Latin1.GetBytes("Comment\0GPSLatitude 21.0285 GPSLongitude 105.8542")),
            .. PngChunk("eXIf", [.. "MM\0*"u8, .. Encoding.ASCII.GetBytes("GPSInfo Ha Noi")]),
            .. PngChunk("tIME", [0x07, 0xE7, 9, 1, 10, 30, 0]),
            .. PngChunk("iTXt", Encoding.UTF8.GetBytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>Hà Nội</x:xmpmeta>")),
            .. image, .. end,
        ];

        var response = await UploadAsync(leader, teamId, "photo", photo, "anh.png");
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await leader.GetByteArrayAsync($"/team/dossier/files/{file.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("image/png", file.GetProperty("contentType").GetString());
        Assert.Equal([.. PngSignature, .. header, .. image, .. end], stored);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)), file.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_WebP_photo_is_stored_without_its_EXIF_and_XMP_chunks_and_its_header_no_longer_announces_them()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("webp", withMember: false);
        var (fourCc, image) = TestFiles.WebPImageChunk();
        byte[] photo = Riff(
            RiffChunk("VP8X", [0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            RiffChunk(fourCc, image),
            RiffChunk("EXIF", [.. "MM\0*"u8, .. Encoding.ASCII.GetBytes("GPSLatitude 21.0285")]),
            RiffChunk("XMP ", Encoding.UTF8.GetBytes("<x:xmpmeta>GPS Hà Nội</x:xmpmeta>")));

        var response = await UploadAsync(leader, teamId, "photo", photo, "anh.webp");
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await leader.GetByteArrayAsync($"/team/dossier/files/{file.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("image/webp", file.GetProperty("contentType").GetString());
        Assert.Equal(Riff(RiffChunk("VP8X", new byte[10]), RiffChunk(fourCc, image)), stored);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.Equal(stored.Length, file.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task After_two_submissions_a_later_draft_is_kept_but_the_last_submitted_version_is_the_one_judged()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("hailan", withMember: false);
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: true, why: "Bản nộp lần một."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(1, submit: true, why: "Bản nộp lần hai."))).StatusCode);

        var draft = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(2, submit: false, why: "Bản nháp sau khi nộp."));

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var dossier = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier");
        Assert.Equal(3, dossier.GetProperty("latestVersion").GetInt32());
        Assert.Equal(2, dossier.GetProperty("submittedVersion").GetInt32());
        var judged = await factory.WithScopeAsync(async sp =>
        {
            var context = (await sp.GetRequiredService<DossierAccess>().ForOrganiserAsync(teamId, CancellationToken.None))!;
            return await sp.GetRequiredService<DossierQueries>().JudgedAsync(context.Dossier, context.DeadlineUtc, CancellationToken.None);
        });
        Assert.Equal((2, "Bản nộp lần hai."), (judged!.Number, judged.Text.Why));
        await factory.CreateUserAsync("btc-hailan@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-hailan@c06.gov.vn");
        var review = WebUtility.HtmlDecode(await organiser.GetStringAsync($"/organizer/dossiers/{teamId}"));
        Assert.Contains("<article class=\"dossier\" data-version=\"2\">", review, StringComparison.Ordinal);
        Assert.Contains("Bản nộp lần hai.", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản nháp sau khi nộp.", review, StringComparison.Ordinal);
        Assert.Contains("Đã nộp phiên bản số 2 lúc", WebUtility.HtmlDecode(await leader.GetStringAsync("/team/dossier")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_saves_on_the_same_version_at_the_same_instant_give_one_version_and_one_409()
    {
        var (leader, maybeMember, teamId) = await factory.TeamWithMemberAsync("dongthoi");
        var member = maybeMember!;
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false, why: "Bản đầu."))).StatusCode);

        using var probe = OverlapProbe.Attach(factory.Services, "dossier.save", expected: 2);
        var both = await Task.WhenAll(
            leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(1, submit: false, why: "Bản của trưởng nhóm.")),
            member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(1, submit: false, why: "Bản của thành viên.")));

        Assert.True(probe.Overlapped, "the first save was held until the second had been checked against the same version");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var saved = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier");
        Assert.Equal(2, saved.GetProperty("latestVersion").GetInt32());
        var winner = both.Single(r => r.StatusCode == HttpStatusCode.OK) == both[0] ? "Bản của trưởng nhóm." : "Bản của thành viên.";
        Assert.Equal(winner, saved.GetProperty("text").GetProperty("why").GetString());
    }

    [Fact]
    public async Task First_saves_and_first_uploads_at_the_same_instant_share_one_dossier_and_none_fails()
    {
        // Each team starts with no dossier row at all, so every request of the round may try to store it.
        for (var round = 0; round < 3; round++)
        {
            var (leader, maybeMember, teamId) = await factory.TeamWithMemberAsync($"dautien{round}");
            var member = maybeMember!;

            using var probe = OverlapProbe.Attach(factory.Services, "dossier.save", expected: 4);
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 4) switch
            {
                0 => leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false, why: $"Bản {i}.")),
                1 => member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false, why: $"Bản {i}.")),
                2 => UploadAsync(leader, teamId, "photo", TestFiles.Jpeg(withGps: false), $"anh-{i}.jpg"),
                _ => UploadAsync(member, teamId, "photo", TestFiles.Jpeg(withGps: false), $"anh-{i}.jpg"),
            }));

            Assert.True(probe.Overlapped, "the first save was held until all four had been checked");
            var saves = answers.Where((_, i) => i % 4 < 2).Select(r => r.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], saves);
            Assert.All(answers.Where((_, i) => i % 4 >= 2), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            var (dossiers, photos, versions) = await factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var ids = await db.Dossiers.Where(d => d.TeamId == teamId).Select(d => d.Id).ToListAsync();
                return (ids.Count, await db.DossierFiles.CountAsync(f => ids.Contains(f.DossierId)), await db.DossierVersions.CountAsync(v => ids.Contains(v.DossierId)));
            });
            Assert.Equal((1, 4, 1), (dossiers, photos, versions));
        }
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_gets_a_409_naming_who_saved_with_their_text_and_overwrites_nothing()
    {
        var (leader, maybeMember, teamId) = await factory.TeamWithMemberAsync("cu");
        var member = maybeMember!;
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false, why: "Văn bản của trưởng nhóm."))).StatusCode);

        var stale = await member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: false, why: "Văn bản của thành viên."));
        var staleSubmit = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(0, submit: true, why: "Bản nộp từ trang cũ."));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("Đặng Thu Hà đã lưu hồ sơ lúc", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, problem.GetProperty("latestVersion").GetInt32());
        Assert.Equal("Văn bản của trưởng nhóm.", problem.GetProperty("theirs").GetProperty("why").GetString());
        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);
        var saved = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier");
        Assert.Equal(1, saved.GetProperty("latestVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("submittedVersion").ValueKind);
        Assert.Equal("Văn bản của trưởng nhóm.", saved.GetProperty("text").GetProperty("why").GetString());

        var merged = await member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(1, submit: false, why: "Văn bản của trưởng nhóm. Văn bản của thành viên."));
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(2, (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] PngChunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The CRC-32 that PNG chunks carry (ISO 3309, as in zlib).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] RiffChunk(string fourcc, byte[] data)
    {
        var chunk = new byte[8 + data.Length + (data.Length & 1)];
        Encoding.ASCII.GetBytes(fourcc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
        data.CopyTo(chunk, 8);
        return chunk;
    }

    private static byte[] Riff(params byte[][] chunks)
    {
        byte[] file = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. chunks.SelectMany(c => c)];
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        return file;
    }
}
