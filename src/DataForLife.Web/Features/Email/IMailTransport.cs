using MimeKit;

namespace DataForLife.Web.Features.Email;

/// <summary>Hands a message to the outside world: a pickup folder by default, SMTP by configuration.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
