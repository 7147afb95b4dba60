using System.Text.RegularExpressions;
using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Final;
using DataForLife.Web.Features.Judging;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>Mentors confirmed and at work; the final's 24 hours, its hand-in, its check-in desk and its stage timer.</summary>
public sealed class FinalJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();
    private IReadOnlyList<int> _finalists = [];

    public async Task InitializeAsync() => _finalists = await _platform.PublishFinalistsAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new AccountPages(page).SignInAsync(email, TestUsers.Password);
        return page;
    }

    [Fact]
    public async Task An_organiser_confirms_the_proposed_mentors_and_a_mentor_writes_in_the_log_the_team_reads()
    {
        await _platform.AddMentorAsync("Hoàng Thị Cố Vấn", "covan.hoang@covan.vn", "Viện Dữ liệu Mở", "government,society,economy,identity-fraud", capacity: 10);
        var organiser = await SignedInAsync(FinalSetup.Organiser);
        await organiser.GotoAsync("/organizer");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Ban Cố vấn", Exact = true }).ClickAsync();
        var rows = organiser.Locator("#mentor-choices tbody tr");
        await Expect(rows).ToHaveCountAsync(10);
        await Expect(rows.First.GetByRole(AriaRole.Combobox)).ToHaveValueAsync(new Regex(@"^\d+$"));
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Xác nhận cố vấn" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToContainTextAsync("Đã xác nhận; 10 đội có cố vấn mới");
        await Expect(rows.First).ToContainTextAsync("Đã xác nhận: Hoàng Thị Cố Vấn");

        await _platform.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.AddPasswordAsync((await users.FindByEmailAsync("covan.hoang@covan.vn"))!, TestUsers.Password);
        });
        var mentor = await SignedInAsync("covan.hoang@covan.vn");
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Cố vấn", Exact = true }).ClickAsync();
        await Expect(mentor.Locator("#my-teams li")).ToHaveCountAsync(10);
        var code = await _platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.Id == _finalists[0]).Select(t => t.PublicCode).SingleAsync());
        await mentor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + code) }).ClickAsync();
        await Expect(mentor.Locator("#contacts tbody tr").First).ToContainTextAsync("trưởng nhóm");
        await mentor.GetByLabel("Loại ghi chép").SelectOptionAsync(new SelectOptionValue { Label = "Buổi gặp" });
        await mentor.GetByLabel("Nội dung").FillAsync("Gặp trực tuyến: chọn 3 tính năng cho bản demo.");
        await mentor.GetByLabel("Thời gian gặp", new() { Exact = false }).FillAsync("2023-10-12T19:30");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Ghi lại" }).ClickAsync();
        await Expect(mentor.Locator("#notice")).ToHaveTextAsync("Đã ghi vào nhật ký cố vấn.");
        await Expect(mentor.Locator("#mentoring-log li").First).ToContainTextAsync("12/10/2023 19:30");

        var leader = await SignedInAsync(await _platform.LeaderOfAsync(_finalists[0]));
        await leader.GotoAsync("/team");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Cố vấn của đội", Exact = true }).ClickAsync();
        await Expect(leader.Locator("#my-mentor")).ToContainTextAsync("Hoàng Thị Cố Vấn");
        await Expect(leader.Locator("#mentoring-log")).ToContainTextAsync("Gặp trực tuyến: chọn 3 tính năng cho bản demo.");
    }

    [Fact]
    public async Task The_organiser_starts_the_final_and_a_team_hands_in_before_the_mark_and_is_refused_after_it()
    {
        _platform.Clock.SetUtcNow(FinalSetup.FinalMorning);
        var organiser = await SignedInAsync(FinalSetup.Organiser);
        await organiser.GotoAsync("/organizer/editions/2023/final");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu 24 giờ" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToHaveTextAsync("Đã bắt đầu tính giờ chung kết.");
        await Expect(organiser.Locator("#mark")).ToContainTextAsync("24/11/2023 08:00");

        _platform.Clock.SetUtcNow(FinalSetup.FinalMorning.AddHours(24).AddMinutes(-10));
        var leader = await SignedInAsync(await _platform.LeaderOfAsync(_finalists[0]));
        await leader.GotoAsync("/team/final");
        await Expect(leader.Locator("#hand-in-deadline")).ToContainTextAsync("24/11/2023 08:00");
        await leader.GetByLabel("Kho mã nguồn").FillAsync("https://github.com/doi-sao-mai/cong-dien-san");
        await leader.GetByLabel("Thay đổi kể từ hồ sơ").FillAsync("Hoàn thiện luồng xác thực bằng định danh điện tử.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Lưu bài nộp" }).ClickAsync();
        await Expect(leader.Locator("#notice")).ToHaveTextAsync("Đã lưu bài nộp (phiên bản 1).");

        // The page was opened before the mark; the save that reaches the server a second after it is refused.
        _platform.Clock.SetUtcNow(FinalSetup.FinalMorning.AddHours(24).AddSeconds(1));
        await leader.GetByLabel("Thay đổi kể từ hồ sơ").FillAsync("Sửa lỗi phút chót.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Lưu bài nộp" }).ClickAsync();
        await Expect(leader.Locator(".validation-summary-errors")).ToContainTextAsync("Đã hết giờ nộp bài chung kết.");
        await leader.GotoAsync("/team/final");
        await Expect(leader.Locator("#hand-in-closed")).ToBeVisibleAsync();
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Lưu bài nộp" })).ToBeDisabledAsync();
        await Expect(leader.Locator("#changelog")).ToHaveValueAsync("Hoàn thiện luồng xác thực bằng định danh điện tử.");
    }

    [Fact]
    public async Task The_stage_timer_runs_turns_green_at_six_minutes_red_at_eight_and_moves_to_the_next_team()
    {
        await _platform.WithScopeAsync(async sp =>
        {
            var final = (await sp.GetRequiredService<JudgingContext>().RoundAsync("2023", "final", CancellationToken.None))!;
            Assert.NotNull(await sp.GetRequiredService<PitchOrders>().DrawAsync(final, "test", CancellationToken.None));
        });
        var organiser = await SignedInAsync(FinalSetup.Organiser);
        await organiser.Clock.InstallAsync();
        await organiser.GotoAsync("/organizer/editions/2023/stage");
        var stage = organiser.Locator("[data-stage]");
        await Expect(organiser.Locator("#stage-team")).ToContainTextAsync("1/10 ·");
        await Expect(organiser.Locator("#stage-time")).ToHaveTextAsync("00:00");

        await organiser.Keyboard.PressAsync("Space");
        await organiser.Clock.FastForwardAsync("05:59");
        await Expect(organiser.Locator("#stage-time")).ToHaveTextAsync("05:59");
        await Expect(stage).Not.ToHaveClassAsync(new Regex("cue-min"));
        await organiser.Clock.FastForwardAsync("00:02");
        await Expect(stage).ToHaveClassAsync(new Regex("cue-min"));
        await Expect(organiser.Locator("#stage-cue")).ToHaveTextAsync("Đã đủ 6 phút");
        await organiser.Clock.FastForwardAsync("02:00");
        await Expect(stage).ToHaveClassAsync(new Regex("cue-max"));
        await Expect(organiser.Locator("#stage-cue")).ToHaveTextAsync("Hết 8 phút: mời kết thúc");

        await organiser.Keyboard.PressAsync("Space");
        await Expect(organiser.Locator("#stage-toggle")).ToHaveTextAsync("Bắt đầu");
        await organiser.Keyboard.PressAsync("ArrowRight");
        await Expect(organiser.Locator("#stage-team")).ToContainTextAsync("2/10 ·");
        await Expect(organiser.Locator("#stage-time")).ToHaveTextAsync("00:00");
        await Expect(stage).Not.ToHaveClassAsync(new Regex("cue-"));
    }

    [Fact]
    public async Task A_ticket_is_checked_in_by_its_typed_code_and_refused_the_second_time()
    {
        var leaderEmail = await _platform.LeaderOfAsync(_finalists[0]);
        var ticket = await _platform.WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
            await sp.GetRequiredService<FinalTickets>().IssueAsync(edition, CancellationToken.None);
            var leaderId = (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(leaderEmail))!.Id;
            return await sp.GetRequiredService<AppDbContext>().FinalTickets.SingleAsync(t => t.UserId == leaderId);
        });
        var name = await _platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles.Where(p => p.UserId == ticket.UserId).Select(p => p.FullName).SingleAsync());

        var desk = await SignedInAsync(FinalSetup.Organiser);
        await desk.GotoAsync("/organizer/editions/2023/check-in");
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Quét bằng camera" })).ToBeVisibleAsync();
        await desk.GetByLabel("Mã vé", new() { Exact = false }).FillAsync(TicketCode.Display(ticket.Code).ToLowerInvariant());
        await desk.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra vé" }).ClickAsync();
        await Expect(desk.Locator("#check-in-result")).ToContainTextAsync($"Mời vào: {name}");
        await Expect(desk.Locator("#present")).ToContainTextAsync("Có mặt: 1/");
        await Expect(desk.Locator("#attendees tr[data-present='true']")).ToContainTextAsync(name);

        await desk.GetByLabel("Mã vé", new() { Exact = false }).FillAsync(TicketCode.Display(ticket.Code));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra vé" }).ClickAsync();
        await Expect(desk.Locator("#check-in-result")).ToContainTextAsync($"Từ chối: vé của {name} đã được dùng lúc");
        await Expect(desk.Locator("#present")).ToContainTextAsync("Có mặt: 1/");
    }
}
