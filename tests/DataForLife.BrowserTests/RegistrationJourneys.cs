using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class RegistrationJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    private async Task<string> LinkAsync(string email, string subject, string path) =>
        new Uri(Mailbox.FirstLink(await _platform.Mailbox.WaitForAsync(email, subject), path)).PathAndQuery;

    [Fact]
    public async Task A_new_user_registers_a_team_with_two_members_who_accept_and_the_team_is_eligible()
    {
        await _platform.CreatePersonAsync("thanh@example.vn", "Lâm Quốc Thành", DataForLife.Population.Sex.Male);
        await _platform.CreatePersonAsync("yen@example.vn", "Cao Hải Yến");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var accounts = new AccountPages(page);
        var team = new TeamPages(page);

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Họ và tên").FillAsync("Trịnh Ngọc Diệp");
        await page.GetByLabel("E-mail").FillAsync("diep@example.vn");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(TestUsers.Password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Expect(page.Locator("#registered")).ToContainTextAsync("diep@example.vn");
        await page.GotoAsync(await LinkAsync("diep@example.vn", "Xác nhận", "/account/confirm-email"));
        await Expect(page.Locator("#confirmed")).ToBeVisibleAsync();
        await accounts.SignInAsync("diep@example.vn", TestUsers.Password);

        await page.GotoAsync("/team");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thông tin cá nhân" }).Last.ClickAsync();
        await team.FillProfileAsync("Trịnh Ngọc Diệp", "2002-07-15", "Nữ", "001302009876", "0987 654 321", "Trường Đại học Kinh tế Quốc dân");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/team$"));
        await team.RegisterTeamAsync("Đội Phù Sa", "Bản đồ an sinh xã hội", "Xã hội số", "Bản đồ các hộ cần hỗ trợ từ dữ liệu dân cư.");
        await Expect(page.Locator("#team-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^D4L23-\\d{3}$"));
        await team.InviteAsync("thanh@example.vn");
        await team.InviteAsync("yen@example.vn");
        await Expect(page.Locator("#pending-invitations li")).ToHaveCountAsync(2);

        foreach (var email in new[] { "thanh@example.vn", "yen@example.vn" })
        {
            var memberPage = await browser.NewPageAsync(_platform.BaseUrl);
            await memberPage.GotoAsync(await LinkAsync(email, "Lời mời", "/invitations/"));
            await memberPage.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" }).Last.ClickAsync();
            await memberPage.GetByLabel("E-mail").FillAsync(email);
            await memberPage.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(TestUsers.Password);
            await memberPage.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await memberPage.GetByRole(AriaRole.Button, new() { Name = "Đồng ý tham gia" }).ClickAsync();
            await Expect(memberPage.Locator("#team-name")).ToContainTextAsync("Đội Phù Sa");
        }

        await page.ReloadAsync();
        await Expect(page.Locator("#members tbody tr")).ToHaveCountAsync(3);
        await Expect(team.TeamStatus).ToHaveTextAsync("Đủ điều kiện");
    }

    [Fact]
    public async Task A_person_whose_email_is_on_the_jury_roster_tries_to_join_and_is_told_why_not()
    {
        await _platform.CreatePersonAsync("nhabao@example.vn", "Ông Văn Báo", DataForLife.Population.Sex.Male);
        await _platform.WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
            await sp.GetRequiredService<RosterCommands>().AddAsync(edition, new StaffInput { Body = "jury", Group = "media", FullName = "Nhà báo Khoa học", Email = "nhabao@example.vn" });
        });
        var (leader, _) = await _platform.RegisterTeamAsync("leader-jury@example.vn", "Đội Có Giám Khảo");
        await leader.PostFormAsync("/team", [new("InviteEmail", "nhabao@example.vn")], "/team?handler=Invite");

        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("nhabao@example.vn", TestUsers.Password);
        await page.GotoAsync(await LinkAsync("nhabao@example.vn", "Lời mời", "/invitations/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý tham gia" }).ClickAsync();

        await Expect(new TeamPages(page).Problem).ToContainTextAsync("Bạn không thể tham gia");
        await Expect(new TeamPages(page).Problem).ToContainTextAsync("Ban Giám khảo");
    }

    [Fact]
    public async Task An_organiser_imports_a_roster_filters_the_team_list_and_downloads_the_Excel_export()
    {
        await _platform.RegisterTeamAsync("sen@example.vn", "Đội Hoa Sen", leaderName: "Kim Thị Sen");
        await _platform.RegisterTeamAsync("tre@example.vn", "Đội Cây Tre", leaderName: "Mạc Văn Tre");
        await _platform.CreateUserAsync("btc-browser@c06.gov.vn", role: Roles.Organizer, displayName: "Tạ Minh Nhật");
        var file = Path.Combine(_platform.Database.DataDirectory, "roster.csv");
        await File.WriteAllTextAsync(file, "body,group,position,full_name,email\njury,,head,Chu Văn Trưởng,truong@c06.gov.vn\nsupport,,,Lục Thị Giúp,giup@c06.gov.vn\n");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("btc-browser@c06.gov.vn", TestUsers.Password);

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Danh sách Ban Tổ chức, Ban Giám khảo và cán bộ" }).ClickAsync();
        await page.GetByLabel("Tệp Excel (.xlsx) hoặc CSV").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(page.Locator("#preview tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập cả 2 người" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Đã nhập 2 người vào danh sách.");
        await Expect(page.Locator("#roster tbody tr")).ToHaveCountAsync(2);

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Các đội thi" }).ClickAsync();
        await page.GetByLabel("Tìm theo tên đội").FillAsync("doi hoa sen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.Locator("#teams tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#teams tbody")).ToContainTextAsync("Đội Hoa Sen");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải Excel" }).ClickAsync());
        var saved = Path.Combine(_platform.Database.DataDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved);
        Assert.Equal("teams-2023.xlsx", download.SuggestedFilename);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task A_leader_sees_an_invitation_declined_and_one_that_lapsed_and_invites_again()
    {
        await _platform.CreatePersonAsync("phuong@example.vn", "Hà Minh Phương");
        await _platform.CreatePersonAsync("khoa@example.vn", "Đinh Văn Khoa", DataForLife.Population.Sex.Male);
        await _platform.CreatePersonAsync("linh@example.vn", "Vũ Thuỳ Linh");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var team = new TeamPages(page);
        await new AccountPages(page).SignInAsync("phuong@example.vn", TestUsers.Password);
        await page.GotoAsync("/team");
        await team.RegisterTeamAsync("Đội Sông Hồng", "Cảnh báo lũ theo hộ dân", "Xã hội số", "Báo trước cho từng hộ trong vùng ngập.");
        await team.InviteAsync("khoa@example.vn");
        await team.InviteAsync("linh@example.vn");
        await Expect(page.Locator("#pending-invitations li")).ToHaveCountAsync(2);

        var invitee = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(invitee).SignInAsync("khoa@example.vn", TestUsers.Password);
        await invitee.GotoAsync(await LinkAsync("khoa@example.vn", "Lời mời", "/invitations/"));
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(invitee.Locator("#notice")).ToHaveTextAsync("Bạn đã từ chối lời mời.");
        await Expect(invitee).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/team$"));

        // Linh does not answer; a week and an hour later her invitation has lapsed.
        _platform.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        await page.Context.ClearCookiesAsync();
        await new AccountPages(page).SignInAsync("phuong@example.vn", TestUsers.Password);
        await page.GotoAsync("/team");
        await Expect(page.Locator("#pending-invitations li")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lời mời đã kết thúc" })).ToBeVisibleAsync();
        await Expect(page.Locator("#ended-invitations li[data-state='declined']")).ToContainTextAsync("khoa@example.vn – đã từ chối lúc");
        await Expect(page.Locator("#ended-invitations li[data-state='expired']")).ToContainTextAsync("linh@example.vn – hết hạn lúc");

        await team.InviteAsync("linh@example.vn");
        await Expect(page.Locator("#pending-invitations li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#ended-invitations li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#ended-invitations")).Not.ToContainTextAsync("linh@example.vn");
    }

    [Fact]
    public async Task An_organiser_overrides_a_teams_eligibility_with_a_reason_the_leader_sees_it_and_an_observer_reads_masked_numbers()
    {
        var leaderUser = await _platform.CreatePersonAsync("quyet@example.vn", "Lục Văn Quyết", DataForLife.Population.Sex.Male);
        await _platform.CreateUserAsync("btc-dieukien@c06.gov.vn", role: Roles.Organizer, displayName: "Ngô Thị Điều");
        await _platform.CreateUserAsync("quansat-doi@c06.gov.vn", role: Roles.Observer, displayName: "Hồ Văn Sát");
        var document = await _platform.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Data.AppDbContext>().Profiles
            .Where(p => p.UserId == leaderUser.Id).Select(p => p.DocumentNumber).SingleAsync());
        var leader = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(leader).SignInAsync("quyet@example.vn", TestUsers.Password);
        await leader.GotoAsync("/team");
        await new TeamPages(leader).RegisterTeamAsync("Đội Quyết Định", "Tra cứu hộ tịch một cửa", "Chính phủ số", "Một nơi tra cứu mọi giấy tờ hộ tịch.");
        await Expect(leader.Locator("#team-code")).ToBeVisibleAsync();

        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(organiser).SignInAsync("btc-dieukien@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer/editions/2023/teams");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Đội Quyết Định" }).ClickAsync();
        await Expect(organiser.Locator("#members")).ToContainTextAsync(document);
        await organiser.GetByLabel("Điều kiện dự thi").SelectOptionAsync(new SelectOptionValue { Label = "Không đủ điều kiện" });
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" }).ClickAsync();
        await Expect(organiser.Locator(".field-error")).ToHaveTextAsync("Hãy ghi lý do quyết định.");
        await Expect(organiser.GetByLabel("Điều kiện dự thi")).ToHaveValueAsync("NotEligible");
        await organiser.GetByLabel("Lý do").FillAsync("Trưởng nhóm là cộng tác viên của Ban Tổ chức.");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToHaveTextAsync("Đã lưu quyết định.");
        await Expect(organiser.Locator("#team-status")).ToContainTextAsync("Không đủ điều kiện");
        await Expect(organiser.Locator("#team-status")).ToContainTextAsync("Ban Tổ chức quyết định: Trưởng nhóm là cộng tác viên của Ban Tổ chức.");
        var detail = organiser.Url;

        await leader.ReloadAsync();
        await Expect(new TeamPages(leader).TeamStatus).ToHaveTextAsync("Không đủ điều kiện");

        var observer = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(observer).SignInAsync("quansat-doi@c06.gov.vn", TestUsers.Password);
        await observer.GotoAsync(detail);
        await Expect(observer.Locator("#members")).ToContainTextAsync(DataForLife.Web.Domain.Registration.PersonalData.Mask(document));
        await Expect(observer.Locator("#members")).Not.ToContainTextAsync(document);
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" })).ToHaveCountAsync(0);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
