using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Final;

/// <summary>Tickets sent to every finalist; at the desk a ticket is let in once; twice, another edition's or an unknown one is refused with the reason.</summary>
[Trait("Category", "Integration")]
public sealed class TicketTests : IAsyncLifetime
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

    private async Task<string> ScanAsync(string shown)
    {
        var response = await _organiser.PostFormAsync("/organizer/editions/2023/check-in", ("Code", shown));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_finalist_gets_a_ticket_by_e_mail_and_on_their_page_and_is_let_in_once()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _organiser.PostFormAsync("/organizer/editions/2023/final", [], "/organizer/editions/2023/final?handler=Tickets")).StatusCode);
        var members = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TeamMembers.CountAsync(m => _finalists.Contains(m.TeamId)));
        var tickets = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().FinalTickets.AsNoTracking().ToListAsync());
        Assert.Equal(members, tickets.Count);

        var leaderEmail = await _factory.LeaderOfAsync(_finalists[0]);
        var leaderId = await _factory.UserIdAsync(leaderEmail);
        var ticket = tickets.Single(t => t.UserId == leaderId);
        var mail = await _factory.Mailbox.WaitForAsync(leaderEmail, "Vé tham dự vòng chung kết");
        Assert.Contains(TicketCode.Display(ticket.Code), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", mail.HtmlBody, StringComparison.Ordinal);
        var page = await (await _factory.SignedInAsync(leaderEmail)).GetStringAsync("/team/final");
        Assert.Contains(TicketCode.Display(ticket.Code), page, StringComparison.Ordinal);
        Assert.Contains("class=\"ticket-qr\" src=\"data:image/png;base64,", page, StringComparison.Ordinal);

        var admitted = await ScanAsync(TicketCode.Payload("2023", ticket.Code));
        Assert.Contains("data-result=\"admitted\"", admitted, StringComparison.Ordinal);
        var twice = await ScanAsync(TicketCode.Display(ticket.Code).ToLowerInvariant());
        Assert.Contains("data-result=\"already-used\"", twice, StringComparison.Ordinal);
        Assert.Contains("đã được dùng lúc", twice, StringComparison.Ordinal);
        Assert.Contains("Có mặt: 1/", admitted, StringComparison.Ordinal);
        Assert.Equal(2, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action.StartsWith("final.check"))));
    }

    [Fact]
    public async Task A_ticket_of_another_edition_or_no_ticket_at_all_is_refused_with_the_reason()
    {
        await _organiser.PostFormAsync("/organizer/editions/2023/final", [], "/organizer/editions/2023/final?handler=Tickets");
        await _factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<EditionCommands>().CopyAsync("2023", "2024", 1);
            var db = sp.GetRequiredService<AppDbContext>();
            db.FinalTickets.Add(FinalTicket.Issue("2024", _finalists[0], "someone-of-2024", "ABCDEFGHJKMN", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        var typed = await ScanAsync("ABCD-EFGH-JKMN");
        Assert.Contains("data-result=\"other-edition\"", typed, StringComparison.Ordinal);
        Assert.Contains("đây là vé của mùa thi 2024, không phải mùa thi 2023", typed, StringComparison.Ordinal);
        var scanned = await ScanAsync("DFL-TICKET:2022:0123456789AB");
        Assert.Contains("mùa thi 2022", scanned, StringComparison.Ordinal);
        Assert.Contains("data-result=\"unknown\"", await ScanAsync("0000-0000-0000"), StringComparison.Ordinal);
        Assert.Contains("mã vé không tồn tại", await ScanAsync("not a ticket"), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().FinalTickets.CountAsync(t => t.CheckedInAtUtc != null)));
    }
}
