using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Submissions;

[Trait("Category", "Integration")]
public sealed class DossierTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    private static readonly object CompleteText = new
    {
        why = "Người dân phải khai báo lại thông tin nhiều lần.",
        how = "Ứng dụng dùng **dữ liệu dân cư** để điền sẵn biểu mẫu.",
        highlights = "Xác thực điện tử, không cần giấy tờ.",
        results = "Thử nghiệm ở 3 phường, giảm 40% thời gian.",
        dataSets = "Dữ liệu dân cư mô phỏng",
        roles = "Trưởng nhóm: phân tích; thành viên: lập trình",
    };

    private static Dictionary<string, object?> Body(object text, int baseVersion, bool submit, bool accept = false)
    {
        var json = JsonSerializer.SerializeToElement(text);
        var fields = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        fields["baseVersion"] = baseVersion;
        fields["submit"] = submit;
        fields["acceptCommitment"] = accept;
        return fields;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int teamId, string kind, byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind={kind}&name={Uri.EscapeDataString(name)}", content);
    }

    [Fact]
    public async Task A_save_based_on_a_version_that_does_not_exist_or_with_a_null_list_is_answered_with_a_reason_and_a_leader_cannot_withdraw_a_team_with_a_dossier()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("khongco", withMember: false);
        var ghost = Body(new { why = "Dựa trên bản không có." }, 3, submit: false);
        var withNull = Body(new { why = "Danh sách rỗng." }, 0, submit: false);
        withNull["usedDataSets"] = null;

        var fromNowhere = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", ghost);
        var saved = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", withNull);
        var withdrawn = await leader.PostFormAsync("/team", [], "/team?handler=Leave");

        Assert.Equal(HttpStatusCode.BadRequest, fromNowhere.StatusCode);
        Assert.Contains("hãy tải lại trang hồ sơ", await fromNowhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Contains("Đội đã có hồ sơ dự thi hoặc bài dự đoán", WebUtility.HtmlDecode(await withdrawn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AnyAsync(t => t.Id == teamId)));
    }

    [Fact]
    public async Task The_leader_saves_a_draft_then_submits_with_the_commitment_and_every_member_gets_a_receipt_with_the_checksum()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("nop");

        var draft = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(new { why = "Bản nháp đầu tiên." }, 0, submit: false));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var submitted = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 1, submit: true, accept: true));
        var result = await submitted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, result.GetProperty("version").GetInt32());
        var checksum = result.GetProperty("checksum").GetString()!;
        foreach (var email in new[] { "nop-lead@example.vn", "nop-member@example.vn" })
        {
            var receipt = await factory.Mailbox.WaitForAsync(email, "Biên nhận");
            Assert.Contains(checksum, receipt.TextBody, StringComparison.Ordinal);
        }

        var version = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierVersions.AsNoTracking().SingleAsync(v => v.Checksum == checksum));
        Assert.Equal("Đặng Thu Hà", version.Commitment!.AcceptedByName);
        Assert.Equal(64, version.Commitment.DeclarationHash.Length);
        var history = await leader.GetStringAsync("/team/dossier");
        Assert.Contains("Phiên bản 1", history, StringComparison.Ordinal);
        Assert.Contains("Phiên bản 2", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_smaller_than_the_editions_minimum_saves_drafts_but_cannot_submit()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("nho");
        await SetMinimumTeamSizeAsync(3);
        try
        {
            var refused = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 0, submit: true, accept: true));
            var draft = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 0, submit: false));

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("ít nhất 3 thành viên để nộp hồ sơ; đội hiện có 2", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
            Assert.False(await factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.TeamId == teamId);
                return await db.DossierVersions.AnyAsync(v => v.DossierId == dossier.Id && v.IsSubmission);
            }));
        }
        finally
        {
            await SetMinimumTeamSizeAsync(1);
        }
    }

    private async Task SetMinimumTeamSizeAsync(int size) => await factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var edition = await db.Editions.SingleAsync(e => e.Id == "2023");
        edition.Replace(edition.Definition with { Teams = edition.Definition.Teams with { MinSize = size } }, DateTime.UtcNow);
        await db.SaveChangesAsync();
        sp.GetRequiredService<DataForLife.Web.Features.Editions.EditionStore>().Invalidate("2023");
        return 0;
    });

    [Fact]
    public async Task A_submission_without_the_commitment_or_a_part_is_refused_naming_what_is_missing()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("thieu", withMember: false);

        var response = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(new { why = "Có lý do.", how = "Có cách làm." }, 0, submit: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("cam kết", errors.GetProperty("commitment")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("highlights", out _));
        Assert.True(errors.TryGetProperty("results", out _));
        Assert.False(errors.TryGetProperty("why", out _));
    }

    [Fact]
    public async Task A_member_saves_drafts_but_only_the_leader_submits()
    {
        var (_, maybeMember, teamId) = await factory.TeamWithMemberAsync("thanhvien");
        var member = maybeMember!;

        var submit = await member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 0, submit: true, accept: true));
        var draft = await member.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 0, submit: false));

        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }

    [Fact]
    public async Task When_two_members_edit_at_once_the_second_save_is_told_and_shown_both_texts()
    {
        var (leader, member, teamId) = await factory.TeamWithMemberAsync("xungdot");
        await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(new { why = "Văn bản của trưởng nhóm." }, 0, submit: false));

        var token = await member!.GetTokenAsync("/team/dossier");
        var second = await member!.PostAsync("/team/dossier?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.BaseVersion"] = "0", ["Input.Why"] = "Văn bản của thành viên.", ["Input.Submit"] = "false",
        }));
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());

        Assert.Contains("đã lưu hồ sơ lúc", html, StringComparison.Ordinal);
        Assert.Contains("Văn bản của trưởng nhóm.", html, StringComparison.Ordinal);
        Assert.Contains("Văn bản của thành viên.", html, StringComparison.Ordinal);
        var saved = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier");
        Assert.Equal(1, saved.GetProperty("latestVersion").GetInt32());
        Assert.Equal("Văn bản của trưởng nhóm.", saved.GetProperty("text").GetProperty("why").GetString());
    }

    [Fact]
    public async Task A_member_of_another_team_finds_nothing_through_the_API_or_the_file_links()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("bimat", withMember: false);
        var upload = await UploadAsync(leader, teamId, "pdf", TestFiles.Pdf(), "ke-hoach.pdf");
        var fileId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (other, _, _) = await factory.TeamWithMemberAsync("tomo", withMember: false);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/teams/{teamId}/dossier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(CompleteText, 0, false))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(other, teamId, "photo", TestFiles.Jpeg(), "x.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/teams/{teamId}/dossier/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/team/dossier/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/team/dossier/files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Script_and_HTML_in_the_texts_are_shown_inert()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("xss", withMember: false);
        var text = new { why = "<script>alert('x')</script> [bấm](javascript:alert(1)) <img src=x onerror=alert(2)>" };
        await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(text, 0, submit: false));

        var html = await leader.GetStringAsync("/team/dossier/versions/1");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_link_must_point_to_a_known_video_site()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("video", withMember: false);

        var bad = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(new { videoUrl = "http://evil.example/x.mp4" }, 0, false));
        var good = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Body(new { videoUrl = "https://www.youtube.com/watch?v=abc123" }, 0, false));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task A_dossier_names_the_catalogue_data_sets_it_uses_and_the_catalogue_counts_the_teams()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("dulieu", withMember: false);
        var anonymous = factory.CreateClient();
        async Task<int> UsingAsync(string slug) =>
            (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/editions/2023/datasets/{slug}")).GetProperty("teamsUsing").GetInt32();
        var before = await UsingAsync("population");

        var first = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier",
            new { why = "Lý do.", usedDataSets = new[] { "q-traffic", "population" }, baseVersion = 0, submit = false });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(before + 1, await UsingAsync("population"));
        Assert.Equal(1, await UsingAsync("q-traffic"));
        var page = await leader.GetStringAsync("/team/dossier");
        Assert.Matches("value=\"q-traffic\" checked", page);
        Assert.Contains("href=\"/data/q-traffic\"", await leader.GetStringAsync("/team/dossier/versions/1"), StringComparison.Ordinal);

        var unknown = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier",
            new { why = "Lý do.", usedDataSets = new[] { "population", "khong-co-bo-nay" }, baseVersion = 1, submit = false });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("không thuộc danh mục", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier",
            new { why = "Lý do.", usedDataSets = new[] { "population" }, baseVersion = 1, submit = false });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, await UsingAsync("q-traffic"));
        Assert.Equal(before + 1, await UsingAsync("population"));
        Assert.Contains("data-usage=\"0\"", await anonymous.GetStringAsync("/data"), StringComparison.Ordinal);
        var versions = await factory.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.DossierVersions.AsNoTracking().Where(v => db.Dossiers.Any(d => d.Id == v.DossierId && d.TeamId == teamId)).OrderBy(v => v.Number).Select(v => v.Text.CatalogueSlugs).ToListAsync();
        });
        Assert.Equal(["population,q-traffic", "population"], versions);
    }
}
