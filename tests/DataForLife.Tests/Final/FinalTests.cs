using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Final;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Final;

/// <summary>The 24 hours: started once within the final's window; the hand-in taken until the mark, refused a second after it unless extended with a reason.</summary>
[Trait("Category", "Integration")]
public sealed class FinalTests : IAsyncLifetime
{
    private readonly JudgingFactory _factory = new();
    private IReadOnlyList<int> _finalists = [];
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        _finalists = await _factory.PublishFinalistsAsync();
        _organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpResponseMessage> StartAsync()
    {
        _organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
        return await _organiser.PostFormAsync("/organizer/editions/2023/final", [], "/organizer/editions/2023/final?handler=Start");
    }

    /// <summary>The team's leader, signed in now (a session lasts 8 hours of the platform's clock).</summary>
    private async Task<HttpClient> LeaderAsync(int team) => await _factory.SignedInAsync(await _factory.LeaderOfAsync(team));

    private Task<FinalRun?> RunAsync() => _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().FinalRuns.AsNoTracking().FirstOrDefaultAsync());

    private static async Task<HttpResponseMessage> HandInAsync(HttpClient client, int team, int baseVersion, string changelog) =>
        await client.PutAsJsonAsync($"/api/v1/teams/{team}/final-hand-in", new
        {
            baseVersion, repositoryUrl = "https://github.com/doi-sao-mai/cong-dien-san", videoUrl = "https://www.youtube.com/watch?v=demo1", changelog,
        });

    private static async Task<string> AlertAsync(HttpResponseMessage redirect, HttpClient client) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(redirect.Headers.Location!.OriginalString));

    [Fact]
    public async Task The_24_hours_start_only_in_the_finals_window_and_only_once_and_the_clock_is_public()
    {
        var early = await StartAsync();
        Assert.Contains("Chỉ bắt đầu được trong thời gian vòng chung kết", await AlertAsync(early, _organiser), StringComparison.Ordinal);
        var clock = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/final/clock");
        Assert.Equal("notStarted", clock.GetProperty("state").GetString());

        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        var started = await StartAsync();
        Assert.Contains("Đã bắt đầu tính giờ chung kết", await AlertAsync(started, _organiser), StringComparison.Ordinal);
        var again = await StartAsync();
        Assert.Contains("đã được bắt đầu trước đó", await AlertAsync(again, _organiser), StringComparison.Ordinal);

        var run = (await RunAsync())!;
        Assert.Equal(FinalSetup.FinalMorning.UtcDateTime.AddHours(24), run.EndsAtUtc);
        clock = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/final/clock");
        Assert.Equal("running", clock.GetProperty("state").GetString());
        Assert.Equal(24 * 3600, clock.GetProperty("secondsLeft").GetInt64());
        var screen = await _factory.CreateClient().GetStringAsync("/final/clock");
        Assert.Contains("data-state=\"running\"", screen, StringComparison.Ordinal);
        Assert.Contains("24:00:00", screen, StringComparison.Ordinal);
        var home = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync("/"));
        Assert.Contains("id=\"final-clock\"", home, StringComparison.Ordinal);
        Assert.Contains(Web.Infrastructure.Format.Iso(new DateTimeOffset(run.EndsAtUtc, TimeSpan.Zero)), home, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "final.started")));
    }

    [Fact]
    public async Task A_team_hands_in_before_the_mark_is_refused_a_second_after_it_and_an_extension_with_a_reason_lets_it_in()
    {
        var team = _finalists[0];
        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        var leader = await LeaderAsync(team);
        var notYet = await HandInAsync(leader, team, 0, "Bản đầu");
        Assert.Equal(HttpStatusCode.Forbidden, notYet.StatusCode);
        Assert.Contains("chưa bắt đầu", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await StartAsync();
        var mark = (await RunAsync())!.EndsAtUtc;
        _factory.Clock.SetUtcNow(new DateTimeOffset(mark.AddSeconds(-1), TimeSpan.Zero));
        leader = await LeaderAsync(team);
        var onTime = await HandInAsync(leader, team, 0, "Hoàn thiện luồng xác thực");
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);

        _factory.Clock.SetUtcNow(new DateTimeOffset(mark.AddSeconds(1), TimeSpan.Zero));
        leader = await LeaderAsync(team);
        var late = await HandInAsync(leader, team, 1, "Sửa lỗi phút chót");
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("Đã hết giờ nộp bài chung kết", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var until = Web.Domain.VietnamTime.ToVietnam(new DateTimeOffset(mark.AddMinutes(30), TimeSpan.Zero)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        _organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
        var noReason = await _organiser.PostFormAsync("/organizer/editions/2023/final", [new("until", until), new("reason", " ")],
            $"/organizer/editions/2023/final?handler=Extend&teamId={team}");
        Assert.Contains("cần ghi rõ lý do", await AlertAsync(noReason, _organiser), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await HandInAsync(leader, team, 1, "Sửa lỗi phút chót")).StatusCode);

        await _organiser.PostFormAsync("/organizer/editions/2023/final", [new("until", until), new("reason", "Mất điện tại bàn của đội 20 phút")],
            $"/organizer/editions/2023/final?handler=Extend&teamId={team}");
        var extended = await HandInAsync(leader, team, 1, "Sửa lỗi phút chót");
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var audit = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "final.extended"));
        Assert.Equal("Mất điện tại bàn của đội 20 phút", audit.Reason);

        // Another finalist, not extended, is still refused after the mark.
        var other = await _factory.SignedInAsync(await _factory.LeaderOfAsync(_finalists[1]));
        Assert.Equal(HttpStatusCode.Forbidden, (await HandInAsync(other, _finalists[1], 0, "Muộn")).StatusCode);
        var state = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/final-hand-in");
        Assert.Equal(2, state.GetProperty("latestVersion").GetInt32());
        Assert.Equal("Sửa lỗi phút chót", state.GetProperty("changelog").GetString());
    }

    [Fact]
    public async Task A_hand_in_is_refused_to_a_team_outside_the_final_on_a_stale_version_and_with_a_bad_link()
    {
        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        await StartAsync();
        var outsider = await _factory.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Teams.Select(t => t.Id).ToListAsync()).First(t => !_finalists.Contains(t)));
        var stranger = await _factory.SignedInAsync(await _factory.LeaderOfAsync(outsider));
        Assert.Equal(HttpStatusCode.NotFound, (await HandInAsync(stranger, outsider, 0, "Không vào chung kết")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HandInAsync(stranger, _finalists[0], 0, "Đội khác")).StatusCode);
        Assert.Contains("id=\"not-finalist\"", await stranger.GetStringAsync("/team/final"), StringComparison.Ordinal);

        var leader = await _factory.SignedInAsync(await _factory.LeaderOfAsync(_finalists[0]));
        Assert.Equal(HttpStatusCode.OK, (await HandInAsync(leader, _finalists[0], 0, "Một")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await HandInAsync(leader, _finalists[0], 0, "Hai, dựa trên bản cũ")).StatusCode);
        var badLink = await leader.PutAsJsonAsync($"/api/v1/teams/{_finalists[0]}/final-hand-in", new { baseVersion = 1, repositoryUrl = "ftp://kho-ma", changelog = "Ba" });
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        Assert.Contains("địa chỉ https đầy đủ", await badLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hand_in_files_go_through_the_dossiers_checks_and_are_refused_after_the_mark()
    {
        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        await StartAsync();
        var team = _finalists[0];
        var leader = await _factory.SignedInAsync(await _factory.LeaderOfAsync(team));
        HttpContent Body(byte[] bytes)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return content;
        }

        var video = await leader.PostAsync($"/api/v1/teams/{team}/final-hand-in/files?kind=video&name=demo.mp4", Body(TestFiles.Mp4(4096)));
        Assert.Equal(HttpStatusCode.Created, video.StatusCode);
        var notSlides = await leader.PostAsync($"/api/v1/teams/{team}/final-hand-in/files?kind=slides&name=slides.pdf", Body(TestFiles.Mp4(4096)));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notSlides.StatusCode);
        var slides = await leader.PostAsync($"/api/v1/teams/{team}/final-hand-in/files?kind=slides&name=slides.pdf", Body(TestFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Created, slides.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsync($"/api/v1/teams/{team}/dossier/files?kind=HandInVideo&name=x.mp4", Body(TestFiles.Mp4(4096)))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await HandInAsync(leader, team, 0, "Kèm video và slides")).StatusCode);
        var state = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/final-hand-in");
        Assert.Equal(2, state.GetProperty("files").GetArrayLength());
        var dossier = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/dossier");
        Assert.DoesNotContain(dossier.GetProperty("files").EnumerateArray(), f => f.GetProperty("kind").GetString()!.StartsWith("HandIn", StringComparison.Ordinal));

        _factory.Clock.Advance(TimeSpan.FromHours(24));
        leader = await LeaderAsync(team);
        var late = await leader.PostAsync($"/api/v1/teams/{team}/final-hand-in/files?kind=slides&name=slides.pdf", Body(TestFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task The_jury_scores_the_hand_in_saved_before_the_mark_not_the_September_dossier()
    {
        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        await StartAsync();
        var team = _finalists[0];
        var leader = await _factory.SignedInAsync(await _factory.LeaderOfAsync(team));
        await HandInAsync(leader, team, 0, "Bảng điều khiển cho cán bộ phường");
        var mark = (await RunAsync())!.EndsAtUtc;
        _factory.Clock.SetUtcNow(new DateTimeOffset(mark.AddHours(2), TimeSpan.Zero));

        var juror = await _factory.SignedInAsync(JudgingFactory.Head);
        var sheet = WebUtility.HtmlDecode(await juror.GetStringAsync($"/judging/final/{team}"));

        Assert.Contains("Bảng điều khiển cho cán bộ phường", sheet, StringComparison.Ordinal);
        Assert.Contains("https://github.com/doi-sao-mai/cong-dien-san", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("data-part=\"Why\"", sheet, StringComparison.Ordinal);
        var other = WebUtility.HtmlDecode(await juror.GetStringAsync($"/judging/final/{_finalists[1]}"));
        Assert.Contains("id=\"no-hand-in\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stage_timer_and_the_check_in_desk_are_for_organisers_and_the_desk_may_use_the_camera()
    {
        var anonymous = _factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/organizer/editions/2023/stage")).StatusCode);
        var juror = await _factory.SignedInAsync(JudgingFactory.Head);
        Assert.Contains("/account/access-denied", (await juror.GetAsync("/organizer/editions/2023/check-in")).Headers.Location?.OriginalString, StringComparison.Ordinal);

        var desk = await _organiser.GetAsync("/organizer/editions/2023/check-in");
        Assert.Contains("camera=(self)", desk.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("camera=()", (await _organiser.GetAsync("/organizer/editions/2023/final")).Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _organiser.GetAsync("/lib/jsqr/jsQR.js")).StatusCode);
    }
}
