using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Messages;

/// <summary>
/// An announcement written while the mail server is down is kept in the outbox and, once the server is back, reaches
/// every recipient exactly once, through real SMTP on loopback.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SmtpOutageTests : IAsyncLifetime
{
    private readonly MessagesFactory _factory = new(MessagesFactory.SmtpPort);

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.PublishFinalistsAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task SweepOutboxAsync()
    {
        var sender = _factory.Services.GetRequiredService<OutboxSender>();
        while (await sender.SendDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Fact]
    public async Task An_announcement_written_while_SMTP_is_down_is_sent_once_to_each_recipient_when_it_is_back()
    {
        var recipients = await _factory.WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
            var input = new AnnouncementInput { Segment = "Finalists", TitleVi = "Địa điểm chung kết", BodyVi = "Hội trường C2, Đại học Bách khoa Hà Nội." };
            var (_, sent) = await sp.GetRequiredService<AnnouncementCommands>().CreateAsync(edition, input, "organiser", CancellationToken.None);
            return sent!.Value;
        });
        Assert.True(recipients >= 10, $"only {recipients} recipients");

        await SweepOutboxAsync();
        // The judges' account letters of the seeding wait in the outbox too: every message is counted, each must go once.
        var waiting = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(recipients, waiting.Count(m => m.Subject == "Địa điểm chung kết"));
        Assert.All(waiting, m => Assert.Null(m.SentAtUtc));
        Assert.All(waiting, m => Assert.Equal(1, m.Attempts));

        await using var server = new LoopbackSmtpServer(MessagesFactory.SmtpPort);
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await SweepOutboxAsync();
        _factory.Clock.Advance(TimeSpan.FromHours(2));
        await SweepOutboxAsync();

        var received = server.Received.ToList();
        Assert.Equal(waiting.Count, received.Count);
        Assert.Equal(waiting.Count, received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        var announcement = received.Where(m => m.Subject == "Địa điểm chung kết").ToList();
        Assert.Equal(recipients, announcement.Count);
        Assert.Equal(recipients, announcement.Select(m => m.To.Mailboxes.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().ToListAsync()), m => Assert.NotNull(m.SentAtUtc));
        Assert.Equal(recipients, await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AnnouncementRecipients.CountAsync()));
    }
}
