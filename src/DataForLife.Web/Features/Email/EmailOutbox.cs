using DataForLife.Web.Data;
using DataForLife.Web.Domain.Email;

namespace DataForLife.Web.Features.Email;

/// <summary>
/// The one way every feature sends e-mail: the message joins the caller's unit of work and is sent after it commits,
/// so a message is never sent for a change that was rolled back, nor lost when SMTP is down.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock, OutboxSignal signal)
{
    public void Enqueue(string to, string subject, string textBody, string? htmlBody = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = to,
            Subject = subject,
            TextBody = textBody,
            HtmlBody = htmlBody,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
        signal.Wake();
    }
}
