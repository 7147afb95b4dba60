using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace DataForLife.Tests.Platform;

[Trait("Category", "Integration")]
public sealed class OutboxTests
{
    [Fact]
    public async Task A_message_queued_while_the_mail_server_is_down_is_sent_once_it_is_back()
    {
        var transport = new SwitchableTransport();
        await using var factory = new OutboxFactory(transport);
        await factory.InitializeAsync();
        // The test drives every sweep with a sender that is not hosted: its own loop (woken when a message is queued)
        // would race the test, and stopping a hosted one before its loop has started stops the whole host.
        var sender = factory.Services.GetRequiredService<OutboxSender>();
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s is OutboxSender);

        await factory.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<EmailOutbox>().Enqueue("doi@example.vn", "Biên nhận", "Nội dung");
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        await sender.SendDueAsync(CancellationToken.None);

        var failed = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync());
        Assert.Null(failed.SentAtUtc);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("connection refused", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAtUtc > factory.Clock.GetUtcNow().UtcDateTime);

        transport.Up = true;
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await sender.SendDueAsync(CancellationToken.None);

        var sent = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync());
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal("Biên nhận", Assert.Single(transport.Sent).Subject);
    }

    private sealed class SwitchableTransport : IMailTransport
    {
        public bool Up { get; set; }

        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (!Up)
            {
                throw new IOException("connection refused");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    /// <summary>The platform with the mail server replaced by one the test switches on and off; the sweep is left to the test.</summary>
    private sealed class OutboxFactory(IMailTransport transport) : PlatformFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton(transport);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxSender)));
            services.AddSingleton<OutboxSender>();
            services.Configure<EmailOptions>(o => o.PollInterval = TimeSpan.FromHours(1));
        }
    }
}
