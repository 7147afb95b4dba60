using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Submissions;

/// <summary>Each test has its own platform, because each moves the clock to the deadline.</summary>
[Trait("Category", "Integration")]
public sealed class DeadlineTests
{
    private static readonly object Complete = new
    {
        why = "Lý do.", how = "Cách làm.", highlights = "Điểm mới.", results = "Kết quả.",
        baseVersion = 0, submit = true, acceptCommitment = true,
    };

    private static async Task<(SubmissionFactory Factory, HttpClient Leader, int TeamId)> StartAsync()
    {
        var factory = new SubmissionFactory();
        await factory.InitializeAsync();
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("hanchot", withMember: false);
        return (factory, leader, teamId);
    }

    [Fact]
    public async Task A_submission_one_millisecond_before_the_deadline_is_accepted()
    {
        var (factory, leader, teamId) = await StartAsync();
        await using var _ = factory;
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddMilliseconds(-1));
        await leader.SignInAsync("hanchot-lead@example.vn");

        var response = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Complete);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_submission_one_millisecond_after_the_deadline_is_refused_whatever_the_browser_showed()
    {
        var (factory, leader, teamId) = await StartAsync();
        await using var _ = factory;
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddMinutes(-5));
        await leader.SignInAsync("hanchot-lead@example.vn");
        var page = await leader.GetStringAsync("/team/dossier");
        Assert.Contains("id=\"dossier-form\"", page, StringComparison.Ordinal);
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddMilliseconds(1));

        var response = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Complete);
        var token = FormClient.TokenOf(page)!;
        var form = await leader.PostAsync("/team/dossier?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.BaseVersion"] = "0", ["Input.Why"] = "Muộn", ["Input.Submit"] = "false",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var refused = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        Assert.Contains("Đã hết hạn nộp hồ sơ", refused, StringComparison.Ordinal);
        // What was typed is not saved, but it is shown back to be copied, not lost with the page.
        Assert.Contains("<textarea id=\"unsaved-Why\" rows=\"4\" readonly>Muộn</textarea>", refused, StringComparison.Ordinal);
        var versions = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierVersions.CountAsync());
        Assert.Equal(0, versions);
        var after = await leader.GetStringAsync("/team/dossier");
        Assert.DoesNotContain("id=\"dossier-form\"", after, StringComparison.Ordinal);
        Assert.Contains("id=\"dossier-closed\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_in_progress_at_the_deadline_is_kept_and_judged_one_that_starts_after_is_refused()
    {
        var (factory, leader, teamId) = await StartAsync();
        await using var _ = factory;
        await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Complete);
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddSeconds(-2));
        await leader.SignInAsync("hanchot-lead@example.vn");

        // The deadline passes while the video is halfway up.
        var video = new CountingContent(TestFiles.Mp4(64), 3L * 1024 * 1024, triggerAt: 1024 * 1024,
            trigger: () => factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddSeconds(30)));
        video.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var inProgress = await leader.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind=video&name=demo.mp4", video);
        var late = new ByteArrayContent(TestFiles.Pdf());
        late.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var afterwards = await leader.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind=pdf&name=late.pdf", late);

        Assert.Equal(HttpStatusCode.Created, inProgress.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterwards.StatusCode);
        var judged = await factory.WithScopeAsync(async sp =>
        {
            var access = sp.GetRequiredService<DossierAccess>();
            var context = (await access.ForOrganiserAsync(teamId, CancellationToken.None))!;
            return await sp.GetRequiredService<DossierQueries>().FilesAtAsync(context.Dossier, context.DeadlineUtc, CancellationToken.None);
        });
        Assert.Equal("demo.mp4", Assert.Single(judged).DisplayName);
    }

    [Fact]
    public async Task An_organisers_extension_lets_one_team_submit_after_the_deadline()
    {
        var (factory, leader, teamId) = await StartAsync();
        await using var _ = factory;
        await factory.CreateUserAsync("btc-giahan@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-giahan@c06.gov.vn");
        var yearOne = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "0001-01-01T00:00"), new("ExtensionReason", "Năm 1")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Contains("Ngày giờ không hợp lệ: cần một thời điểm trong khoảng năm 2000 đến 2100.", WebUtility.HtmlDecode(await yearOne.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var unreadable = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "ngày mai"), new("ExtensionReason", "Không đọc được")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Contains("Ngày giờ không hợp lệ: cần một thời điểm trong khoảng năm 2000 đến 2100.", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var noReason = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "2023-09-16T12:00"), new("ExtensionReason", "")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Contains("name=\"ExtendUntil\" type=\"datetime-local\" step=\"60\" value=\"2023-09-16T12:00\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "2023-09-16T12:00"), new("ExtensionReason", "Mất điện tại trường")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddHours(10));
        await leader.SignInAsync("hanchot-lead@example.vn");

        var response = await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", Complete);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "dossier.extended"));
        Assert.Equal("Mất điện tại trường", entry.Reason);

        // What the team saved under the extension stays on time: it cannot be taken back, nor brought before that save.
        await organiser.SignInAsync("btc-giahan@c06.gov.vn");
        var removed = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", ""), new("ExtensionReason", "Nhầm đội")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        var shortened = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "2023-09-15T08:00"), new("ExtensionReason", "Rút ngắn")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Contains("Đội đã nộp hồ sơ lúc 15/09/2023 10:00", WebUtility.HtmlDecode(await removed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shortened.StatusCode);
        var exact = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "2023-09-15T10:00"), new("ExtensionReason", "Đúng phút nộp")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        var dossier = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.TeamId == teamId));
        Assert.Equal(Web.Domain.VietnamTime.FromLocal(new DateTime(2023, 9, 16, 12, 0, 0)).UtcDateTime, dossier.ExtendedUntilUtc);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "dossier.extension-removed")));
        var later = await organiser.PostFormAsync($"/organizer/dossiers/{teamId}", [new("ExtendUntil", "2023-09-17T12:00"), new("ExtensionReason", "Thêm thời gian")],
            $"/organizer/dossiers/{teamId}?handler=Extend");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Teams_without_a_submitted_dossier_are_reminded_seven_days_and_one_day_before_the_deadline_once_each()
    {
        var (factory, _, _) = await StartAsync();
        await using var disposable = factory;
        var (done, _, doneId) = await factory.TeamWithMemberAsync("danop", withMember: false);
        await done.PutAsJsonAsync($"/api/v1/teams/{doneId}/dossier", Complete);

        async Task<int> SweepAsync() => await factory.WithScopeAsync(sp => sp.GetRequiredService<DossierReminders>().SweepAsync());

        // A team given three more days is reminded before its own deadline, naming it.
        var (_, _, extendedId) = await factory.TeamWithMemberAsync("giahan", withMember: false);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = Web.Domain.Submissions.Dossier.Open(extendedId, "2023");
            dossier.Extend(SubmissionFactory.Deadline.AddDays(3).UtcDateTime, "Mất điện");
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await SweepAsync());
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddDays(-6));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddHours(-12));
        Assert.Equal(2, await SweepAsync());
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddDays(2));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());
        factory.Clock.SetUtcNow(SubmissionFactory.Deadline.AddDays(3));
        Assert.Equal(0, await SweepAsync());

        await factory.Mailbox.WaitForAsync("hanchot-lead@example.vn", "Nhắc hạn", count: 2);
        var extended = await factory.Mailbox.WaitForAsync("giahan-lead@example.vn", "Nhắc hạn", count: 2);
        Assert.Contains("Hạn chót: 18/09/2023 00:00", extended.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Mailbox.To("danop-lead@example.vn"), m => (m.Subject ?? string.Empty).Contains("Nhắc hạn", StringComparison.Ordinal));
    }
}
