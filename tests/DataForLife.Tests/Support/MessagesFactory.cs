using DataForLife.Web.Features.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DataForLife.Tests.Support;

/// <summary>
/// The judging platform for announcements: the scheduled sweep left to the test (its timer set to hours), and on
/// request the outbox sent through SMTP to a loopback port (<see cref="SmtpPort"/>) with its sweeps left to the test too.
/// </summary>
public sealed class MessagesFactory(int? smtpPort = null) : JudgingFactory
{
    /// <summary>In the range this suite may use; nothing listens there until a test starts <see cref="LoopbackSmtpServer"/>.</summary>
    public const int SmtpPort = 55441;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messages:Interval", "05:00:00");
        if (smtpPort is { } port)
        {
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:SmtpStartTls", "false");
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (smtpPort is not null)
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxSender)));
            services.AddSingleton<OutboxSender>();
        }
    }
}
