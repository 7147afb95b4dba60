using System.Net;
using System.Net.Sockets;
using System.Text;
using DataForLife.Web.Features.Email;
using MimeKit;

namespace DataForLife.Tests.Platform;

/// <summary>The SMTP transport speaks to a real socket: a small SMTP server on loopback records what it is told.</summary>
public sealed class SmtpTransportTests
{
    [Fact]
    public async Task A_message_is_handed_over_with_its_sender_recipient_credentials_and_Vietnamese_subject()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var transport = new SmtpMailTransport(new EmailOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpUser = "thong-bao", SmtpPassword = "mật-khẩu", SmtpStartTls = true,
        });
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Digital Data For Life", "no-reply@dataforlife.vn"));
        message.To.Add(MailboxAddress.Parse("truong-nhom@example.vn"));
        message.Subject = "Biên nhận hồ sơ – Dữ liệu số với cuộc sống";
        message.Body = new TextPart("plain") { Text = "Hồ sơ của đội đã được nhận." };

        await transport.SendAsync(message, CancellationToken.None);

        var session = await server.SessionAsync;
        Assert.Contains("MAIL FROM:<no-reply@dataforlife.vn>", session.Commands[session.Commands.FindIndex(c => c.StartsWith("MAIL", StringComparison.Ordinal))], StringComparison.Ordinal);
        Assert.Contains(session.Commands, c => c == "RCPT TO:<truong-nhom@example.vn>");
        Assert.Equal("\0thong-bao\0mật-khẩu", session.Credentials);
        var received = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(session.Data)));
        Assert.Equal("Biên nhận hồ sơ – Dữ liệu số với cuộc sống", received.Subject);
        Assert.Equal("Hồ sơ của đội đã được nhận.", received.TextBody?.Trim());
        Assert.Equal("QUIT", session.Commands[^1]);
    }

    [Fact]
    public async Task A_refused_recipient_is_an_error_for_the_outbox_to_retry_not_a_silent_loss()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(refuseRecipients: true);
        var transport = new SmtpMailTransport(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpStartTls = false });
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@dataforlife.vn"));
        message.To.Add(MailboxAddress.Parse("khong-ton-tai@example.vn"));
        message.Subject = "Thử";
        message.Body = new TextPart("plain") { Text = "Thử" };

        await Assert.ThrowsAnyAsync<MailKit.CommandException>(() => transport.SendAsync(message, CancellationToken.None));
    }

    /// <summary>Enough of RFC 5321 for one session: EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT; no STARTTLS offered.</summary>
    private sealed class LoopbackSmtpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly bool _refuseRecipients;

        private LoopbackSmtpServer(bool refuseRecipients)
        {
            _refuseRecipients = refuseRecipients;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            SessionAsync = Task.Run(ServeAsync);
        }

        public sealed record Session(List<string> Commands, string? Credentials, string Data);

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public Task<Session> SessionAsync { get; }

        public static Task<LoopbackSmtpServer> StartAsync(bool refuseRecipients = false) => Task.FromResult(new LoopbackSmtpServer(refuseRecipients));

        private async Task<Session> ServeAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            var commands = new List<string>();
            string? credentials = null;
            var data = new StringBuilder();
            await writer.WriteLineAsync("220 loopback ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                commands.Add(line);
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-loopback\r\n250-AUTH PLAIN\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                        break;
                    case "AUTH":
                        var initial = line.Split(' ').ElementAtOrDefault(2);
                        if (initial is null)
                        {
                            await writer.WriteLineAsync("334 ");
                            initial = await reader.ReadLineAsync();
                        }

                        credentials = Encoding.UTF8.GetString(Convert.FromBase64String(initial!));
                        await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                        break;
                    case "RCPT" when _refuseRecipients:
                        await writer.WriteLineAsync("550 5.1.1 No such user");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync() is { } body && body != ".")
                        {
                            data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                        }

                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return new Session(commands, credentials, data.ToString());
                    default:
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                }
            }

            return new Session(commands, credentials, data.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            try
            {
                await SessionAsync;
            }
            catch (Exception exception) when (exception is SocketException or IOException or ObjectDisposedException)
            {
                // The session ended with the test; what it recorded was read already.
            }
        }
    }
}
