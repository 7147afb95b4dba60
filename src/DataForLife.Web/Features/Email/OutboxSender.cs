using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DataForLife.Web.Features.Email;

/// <summary>
/// Sends queued messages. A message is claimed for a minute before sending, so several instances never send the same
/// one twice at once; a failure is retried later with back-off.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IMailTransport transport, OutboxSignal signal,
    IOptions<EmailOptions> options, TimeProvider clock, PlatformMetrics metrics, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0)
                {
                }

                using var scope = scopes.CreateScope();
                metrics.SetOutboxDepth(await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.LongCountAsync(m => m.SentAtUtc == null, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopped in the middle of a sweep: a message being sent keeps its lock and is sent again later.
                return;
            }
            catch (Exception ex)
            {
                // A timeout of the database or the mail server included: the sweep is tried again, the host stays up.
                logger.LogWarning(ex, "The e-mail outbox sweep failed; it will be tried again");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends up to one batch of due messages and returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .Select(m => m.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        var attempted = 0;
        // Every message ends with the organisers' contact point of the current edition.
        var contact = candidates.Count == 0 ? null : (await scope.ServiceProvider.GetRequiredService<Editions.EditionStore>().CurrentAsync(cancellationToken))?.Definition.Contact;
        foreach (var id in candidates)
        {
            // The claim is a conditional update: only one instance sees one row changed.
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAtUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, now + ClaimFor), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, cancellationToken);
            attempted++;
            try
            {
                await transport.SendAsync(ToMime(message, contact), cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                metrics.EmailsSent.Add(1);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Sending e-mail {MessageId} failed (attempt {Attempt})", id, message.Attempts + 1);
                message.MarkFailed(ex.Message, clock.GetUtcNow().UtcDateTime);
                metrics.OutboxFailures.Add(1);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return attempted;
    }

    private MimeMessage ToMime(Domain.Email.OutboxMessage message, Domain.Editions.ContactPoint? contact)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@dataforlife";
        var body = new BodyBuilder { TextBody = ContactSignature.Text(message.TextBody, contact), HtmlBody = ContactSignature.Html(message.HtmlBody, contact) };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
