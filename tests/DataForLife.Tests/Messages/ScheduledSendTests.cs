using System.Globalization;
using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Messages;

/// <summary>A scheduled announcement waits for its time, then goes once even when two sweeps run together; a cancelled one never goes.</summary>
[Trait("Category", "Integration")]
public sealed class ScheduledSendTests : IAsyncLifetime
{
    private readonly MessagesFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.PublishFinalistsAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<int> SweepAsync() => _factory.WithScopeAsync(sp => sp.GetRequiredService<AnnouncementDispatcher>().DispatchDueAsync(CancellationToken.None));

    private Task<List<string>> QueuedToAsync(string subject) => _factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().Where(m => m.Subject == subject).Select(m => m.To).ToListAsync());

    private static async Task<HttpResponseMessage> ScheduleAsync(HttpClient organiser, string title, DateTimeOffset at, bool isPublic) =>
        await organiser.PostFormAsync("/organizer/editions/2023/messages/new",
            [new("Input.Segment", "AllContestants"), new("Input.TitleVi", title), new("Input.BodyVi", "Hạn nộp bản cam kết sở hữu trí tuệ."),
             new("Input.IsPublic", isPublic ? "true" : "false"), new("Input.SendAt", VietnamTime.ToVietnam(at).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture))],
            "/organizer/editions/2023/messages/new?handler=Send");

    [Fact]
    public async Task A_scheduled_announcement_goes_once_when_due_and_a_cancelled_one_never()
    {
        var organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
        var at = _factory.Clock.GetUtcNow().AddHours(2);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(organiser, "Nhắc cam kết", at, isPublic: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(organiser, "Thông báo sẽ huỷ", at, isPublic: true)).StatusCode);
        var refused = await ScheduleAsync(organiser, "Quá khứ", _factory.Clock.GetUtcNow().AddHours(-1), isPublic: false);
        Assert.Contains("Thời điểm hẹn gửi phải ở tương lai.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await organiser.GetStringAsync("/organizer/editions/2023/messages"));
        Assert.Contains("Hẹn gửi", list, StringComparison.Ordinal);
        var cancelled = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Announcements.Where(a => a.TitleVi == "Thông báo sẽ huỷ").Select(a => a.Id).SingleAsync());
        await organiser.PostFormAsync("/organizer/editions/2023/messages", [], $"/organizer/editions/2023/messages?handler=Cancel&announcementId={cancelled}");

        Assert.Equal(0, await SweepAsync());
        Assert.Empty(await QueuedToAsync("Nhắc cam kết"));

        _factory.Clock.Advance(TimeSpan.FromHours(3));
        var sweeps = await Task.WhenAll(SweepAsync(), SweepAsync());
        Assert.Equal(1, sweeps.Sum());
        Assert.Equal(0, await SweepAsync());

        var contestants = await _factory.WithScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().TeamMembers.Where(m => m.EditionId == "2023").Join(sp.GetRequiredService<AppDbContext>().Users, m => m.UserId, u => u.Id, (_, u) => u.Email!).ToListAsync());
        Assert.Equal(contestants.Order(), (await QueuedToAsync("Nhắc cam kết")).Order());
        Assert.Empty(await QueuedToAsync("Thông báo sẽ huỷ"));
        var news = await _factory.CreateClient().GetStringAsync("/news");
        Assert.Contains("Nhắc cam kết", news, StringComparison.Ordinal);
        Assert.DoesNotContain("Thông báo sẽ huỷ", news, StringComparison.Ordinal);
    }
}
