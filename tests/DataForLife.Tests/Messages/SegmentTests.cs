using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Messages;

/// <summary>Who each segment reaches, and an announcement to the TOP 10 reaching exactly them, once, by e-mail and on their page.</summary>
[Trait("Category", "Integration")]
public sealed class SegmentTests : IAsyncLifetime
{
    private readonly MessagesFactory _factory = new();
    private IReadOnlyList<int> _finalists = [];

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        _finalists = await _factory.PublishFinalistsAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<HashSet<string>> ResolveAsync(Segment segment) => _factory.WithScopeAsync(async sp =>
    {
        var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
        return (await sp.GetRequiredService<SegmentResolver>().RecipientsAsync(edition, segment, CancellationToken.None)).Select(r => r.UserId).ToHashSet();
    });

    private Task<HashSet<string>> MembersAsync(Func<Web.Domain.Registration.Team, bool> which) => _factory.WithScopeAsync(async sp =>
    {
        var teams = await sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking().Include(t => t.Members).Where(t => t.EditionId == "2023").ToListAsync();
        return teams.Where(which).SelectMany(t => t.Members).Select(m => m.UserId).ToHashSet();
    });

    private Task<HashSet<string>> StaffAsync(StaffBody body) => _factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<AppDbContext>().StaffMembers.Where(s => s.EditionId == "2023" && s.Body == body && s.UserId != null).Select(s => s.UserId!).ToListAsync()).ToHashSet());

    [Fact]
    public async Task Each_segment_reaches_exactly_its_people_and_nobody_twice()
    {
        var mentor = await _factory.CreateUserAsync("co-van@example.vn", role: Roles.Mentor);
        var observer = await _factory.CreateUserAsync("ban-chi-dao@example.vn", role: Roles.Observer);
        var unconfirmed = await _factory.CreateUserAsync("chua-xac-nhan@example.vn", role: Roles.Observer, confirmed: false);
        var entries = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RoundPublications.Where(p => p.RoundCode == "round1").Select(p => p.StandingsJson).SingleAsync());
        var top30 = Web.Features.Judging.RoundEntries.Standings(entries).Take(30).Select(s => s.EntryId).ToHashSet();

        var everyone = await MembersAsync(_ => true);
        Assert.True(everyone.Count > (await MembersAsync(t => _finalists.Contains(t.Id))).Count);
        Assert.Equal(everyone, await ResolveAsync(new Segment(SegmentKind.AllContestants)));
        Assert.Equal(await MembersAsync(t => t.CategoryCodes.Contains("government")), await ResolveAsync(new Segment(SegmentKind.Category, "government")));
        Assert.NotEqual(everyone, await ResolveAsync(new Segment(SegmentKind.Category, "government")));
        Assert.Equal(await MembersAsync(t => top30.Contains(t.Id)), await ResolveAsync(new Segment(SegmentKind.Selected, "round1")));
        Assert.Equal(await MembersAsync(t => _finalists.Contains(t.Id)), await ResolveAsync(new Segment(SegmentKind.Selected, "round2")));
        Assert.Equal(await MembersAsync(t => _finalists.Contains(t.Id)), await ResolveAsync(new Segment(SegmentKind.Finalists)));
        Assert.Empty(await ResolveAsync(new Segment(SegmentKind.Selected, "final")));
        Assert.Equal(await StaffAsync(StaffBody.Council), await ResolveAsync(new Segment(SegmentKind.RoundJudges, "round1")));
        Assert.Equal(await StaffAsync(StaffBody.Jury), await ResolveAsync(new Segment(SegmentKind.RoundJudges, "round2")));
        Assert.Equal(new HashSet<string> { mentor.Id }, await ResolveAsync(new Segment(SegmentKind.Mentors)));
        var steering = await ResolveAsync(new Segment(SegmentKind.SteeringCommittee));
        Assert.Contains(observer.Id, steering);
        Assert.DoesNotContain(unconfirmed.Id, steering);
    }

    [Fact]
    public async Task An_announcement_to_the_TOP_10_reaches_their_members_once_by_e_mail_and_on_their_team_page()
    {
        var organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
        var preview = await organiser.PostFormAsync("/organizer/editions/2023/messages/new",
            [new("Input.Segment", "Selected:round2"), new("Input.TitleVi", "Lịch tập trung chung kết"), new("Input.BodyVi", "Các đội có mặt **8:00** ngày 23/11."),
             new("Input.TitleEn", "Final gathering"), new("Input.BodyEn", "Teams arrive at **8:00** on 23 November.")],
            "/organizer/editions/2023/messages/new?handler=Preview");
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        var members = await MembersAsync(t => _finalists.Contains(t.Id));
        Assert.Contains($"Số người nhận nếu gửi bây giờ: {members.Count}", previewHtml, StringComparison.Ordinal);
        Assert.Contains("<strong>8:00</strong>", previewHtml, StringComparison.Ordinal);

        var sent = await organiser.PostFormAsync("/organizer/editions/2023/messages/new",
            [new("Input.Segment", "Selected:round2"), new("Input.TitleVi", "Lịch tập trung chung kết"), new("Input.BodyVi", "Các đội có mặt **8:00** ngày 23/11.<script>alert(1)</script>"),
             new("Input.TitleEn", "Final gathering"), new("Input.BodyEn", "Teams arrive at **8:00** on 23 November.")],
            "/organizer/editions/2023/messages/new?handler=Send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var outbox = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().Where(m => m.Subject.StartsWith("Lịch tập trung")).ToListAsync());
        var emails = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => members.Contains(u.Id)).Select(u => u.Email!).ToListAsync());
        Assert.Equal(emails.Order(), outbox.Select(m => m.To).Order());
        Assert.Equal("Lịch tập trung chung kết / Final gathering", outbox[0].Subject);
        Assert.DoesNotContain("<script", outbox[0].HtmlBody, StringComparison.OrdinalIgnoreCase);

        var leader = await _factory.LeaderOfAsync(_finalists[0]);
        var mail = await _factory.Mailbox.WaitForAsync(leader, "Lịch tập trung");
        Assert.Contains("Teams arrive at **8:00**", mail.TextBody, StringComparison.Ordinal);
        var page = await (await _factory.SignedInAsync(leader)).GetStringAsync("/team");
        Assert.Contains("Lịch tập trung chung kết", page, StringComparison.Ordinal);

        var outsiderTeam = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023" && !_finalists.Contains(t.Id)).Select(t => t.Id).FirstAsync());
        var outsider = await _factory.LeaderOfAsync(outsiderTeam);
        Assert.DoesNotContain("Lịch tập trung chung kết", await (await _factory.SignedInAsync(outsider)).GetStringAsync("/team"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lịch tập trung chung kết", await _factory.CreateClient().GetStringAsync("/news"), StringComparison.Ordinal);
    }
}
