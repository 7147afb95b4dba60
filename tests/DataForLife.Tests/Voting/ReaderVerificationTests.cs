using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Readers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>Readers prove they hold an e-mail address or a phone number on /vote/verify, as they would from a phone.</summary>
[Trait("Category", "Integration")]
public sealed partial class ReaderVerificationTests(ReaderVerificationTests.Fixture factory) : IClassFixture<ReaderVerificationTests.Fixture>
{
    private const string Page = "/vote/verify";

    /// <summary>The platform, with each client's address taken from a header, so tests can come from networks of their own.</summary>
    public sealed class Fixture : PlatformFactory
    {
        public const string ClientHeader = "X-Test-Client";

        public string SmsFolder => Path.Combine(Database.DataDirectory, "sms");

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();

        /// <summary>A browser-like client whose requests come from <paramref name="address"/>.</summary>
        public HttpClient Reader(string address)
        {
            var client = CreateBrowserLikeClient();
            client.DefaultRequestHeaders.Add(ClientHeader, address);
            return client;
        }

        private sealed class ClientAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return following(context);
                });
                next(app);
            };
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, VoterChannel channel, string address, string? returnUrl = null) =>
        client.PostFormAsync(Page, [new("Channel", channel.ToString()), new("Address", address), new("ReturnUrl", returnUrl ?? string.Empty)], Page + "?handler=Send");

    private static Task<HttpResponseMessage> VerifyAsync(HttpClient client, VoterChannel channel, string address, string code, string? returnUrl = null) =>
        client.PostFormAsync(Page, [new("Channel", channel.ToString()), new("Address", address), new("Code", code), new("ReturnUrl", returnUrl ?? string.Empty)], Page + "?handler=Verify");

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<string> MailedCodeAsync(string email, int count = 1)
    {
        var message = await factory.Mailbox.WaitForAsync(email, "Mã xác thực bình chọn", count);
        var code = SixDigits().Match(message.Subject ?? string.Empty).Value;
        Assert.Contains(code, message.TextBody, StringComparison.Ordinal);
        return code;
    }

    private string TextedCode(string phone)
    {
        var file = Directory.GetFiles(factory.SmsFolder, "*.txt").Order().Last(f => File.ReadAllText(f).StartsWith($"To: {phone}\n", StringComparison.Ordinal));
        return SixDigits().Match(File.ReadAllText(file)).Value;
    }

    private static bool SetsVoterCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(VoterSession.CookieName + "=", StringComparison.Ordinal));

    private static string Other(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private Task<List<VoterCode>> CodesOfAsync(string address) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoterCodes.AsNoTracking().Where(c => c.Address == address).ToListAsync());

    [Fact]
    public async Task An_e_mailed_code_verifies_the_reader_who_returns_to_the_page_they_came_from()
    {
        var reader = factory.Reader("203.0.113.10");
        var masked = new VoterIdentity(VoterChannel.Email, "reader.one@example.vn").Masked;

        var sent = await SendAsync(reader, VoterChannel.Email, "  Reader.One@Example.VN ", "/vote/D4L23-007");
        Assert.Contains($"Đã gửi mã 6 chữ số tới {masked}", await TextAsync(sent), StringComparison.Ordinal);
        var code = await MailedCodeAsync("reader.one@example.vn");
        var verified = await VerifyAsync(reader, VoterChannel.Email, "reader.one@example.vn", code, "/vote/D4L23-007");

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal("/vote/D4L23-007", verified.Headers.Location?.OriginalString);
        Assert.True(SetsVoterCookie(verified));
        Assert.Contains($"Bạn đã xác thực là {masked}.", WebUtility.HtmlDecode(await reader.GetStringAsync(Page)), StringComparison.Ordinal);
        var stored = Assert.Single(await CodesOfAsync("reader.one@example.vn"));
        Assert.NotNull(stored.UsedAtUtc);
        Assert.Equal(64, stored.CodeHash.Length);
        Assert.DoesNotContain(code, stored.CodeHash, StringComparison.Ordinal);

        var again = await VerifyAsync(factory.Reader("203.0.113.10"), VoterChannel.Email, "reader.one@example.vn", code);
        Assert.False(SetsVoterCookie(again));
        Assert.Contains("Không có mã nào đang chờ cho địa chỉ này", await TextAsync(again), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/vote", "reader.away1@example.vn")]
    [InlineData("//evil.example/vote", "reader.away2@example.vn")]
    [InlineData("", "reader.away3@example.vn")]
    public async Task A_return_address_off_the_site_leads_to_the_vote_instead(string returnUrl, string email)
    {
        var reader = factory.Reader("203.0.113.20");
        await SendAsync(reader, VoterChannel.Email, email, returnUrl);

        var verified = await VerifyAsync(reader, VoterChannel.Email, email, await MailedCodeAsync(email), returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal("/vote", verified.Headers.Location?.OriginalString);
        Assert.True(SetsVoterCookie(verified));
    }

    [Fact]
    public async Task Wrong_codes_show_the_tries_left_and_the_sixth_try_is_refused_even_when_right()
    {
        var reader = factory.Reader("203.0.113.30");
        await SendAsync(reader, VoterChannel.Email, "guesser@example.vn");
        var code = await MailedCodeAsync("guesser@example.vn");

        foreach (var left in new[] { 4, 3, 2, 1 })
        {
            var wrong = await VerifyAsync(reader, VoterChannel.Email, "guesser@example.vn", Other(code));
            Assert.Contains($"Mã không đúng. Bạn còn {left} lần thử.", await TextAsync(wrong), StringComparison.Ordinal);
        }

        var fifth = await VerifyAsync(reader, VoterChannel.Email, "guesser@example.vn", Other(code));
        Assert.Contains("Mã không đúng và đã hết lượt thử", await TextAsync(fifth), StringComparison.Ordinal);
        var sixth = await VerifyAsync(reader, VoterChannel.Email, "guesser@example.vn", code);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.False(SetsVoterCookie(sixth));
        Assert.Contains("Mã này đã bị nhập sai 5 lần nên không còn dùng được", await TextAsync(sixth), StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(await CodesOfAsync("guesser@example.vn")).Attempts);
    }

    [Fact]
    public async Task A_code_typed_with_a_space_counts_and_a_code_of_letters_costs_no_try()
    {
        var reader = factory.Reader("203.0.113.35");
        await SendAsync(reader, VoterChannel.Email, "spaced@example.vn");
        var code = await MailedCodeAsync("spaced@example.vn");

        var letters = await VerifyAsync(reader, VoterChannel.Email, "spaced@example.vn", "abcdef");
        Assert.Contains("Mã gồm đúng 6 chữ số.", await TextAsync(letters), StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(await CodesOfAsync("spaced@example.vn")).Attempts);

        var verified = await VerifyAsync(reader, VoterChannel.Email, "spaced@example.vn", code[..3] + " " + code[3..]);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
    }

    [Fact]
    public async Task A_code_is_refused_once_its_ten_minutes_have_passed()
    {
        var reader = factory.Reader("203.0.113.40");
        await SendAsync(reader, VoterChannel.Email, "slow@example.vn");
        var code = await MailedCodeAsync("slow@example.vn");

        factory.Clock.Advance(VoterCodes.Lifetime);
        var late = await VerifyAsync(reader, VoterChannel.Email, "slow@example.vn", code);

        Assert.False(SetsVoterCookie(late));
        Assert.Contains("Mã đã hết hạn (mỗi mã chỉ có hiệu lực 10 phút)", await TextAsync(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposable_address_is_refused_and_gets_no_code()
    {
        var reader = factory.Reader("203.0.113.50");

        var refused = await SendAsync(reader, VoterChannel.Email, "someone@inbox.Mailinator.com");

        var page = await TextAsync(refused);
        Assert.Contains("Không nhận địa chỉ e-mail dùng một lần", page, StringComparison.Ordinal);
        Assert.Contains("value=\"someone@inbox.Mailinator.com\"", page, StringComparison.Ordinal);
        Assert.Empty(await CodesOfAsync("someone@inbox.mailinator.com"));
    }

    [Fact]
    public async Task A_fourth_code_within_fifteen_minutes_is_refused_and_allowed_again_after()
    {
        var reader = factory.Reader("203.0.113.60");
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("Đã gửi mã 6 chữ số", await TextAsync(await SendAsync(reader, VoterChannel.Email, "eager@example.vn")), StringComparison.Ordinal);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var fourth = await SendAsync(reader, VoterChannel.Email, "eager@example.vn");

        Assert.Contains("Địa chỉ này đã nhận 3 mã trong 15 phút qua. Hãy dùng mã mới nhất hoặc thử lại sau 12 phút.", await TextAsync(fourth), StringComparison.Ordinal);
        Assert.Equal(3, (await CodesOfAsync("eager@example.vn")).Count);
        factory.Clock.Advance(TimeSpan.FromMinutes(12));
        Assert.Contains("Đã gửi mã 6 chữ số", await TextAsync(await SendAsync(reader, VoterChannel.Email, "eager@example.vn")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_code_replaces_the_earlier_one()
    {
        var reader = factory.Reader("203.0.113.70");
        await SendAsync(reader, VoterChannel.Email, "twice@example.vn");
        var first = await MailedCodeAsync("twice@example.vn");
        await SendAsync(reader, VoterChannel.Email, "twice@example.vn");
        var second = await MailedCodeAsync("twice@example.vn", count: 2);

        if (first != second)
        {
            var old = await VerifyAsync(reader, VoterChannel.Email, "twice@example.vn", first);
            Assert.Contains("Mã không đúng. Bạn còn 4 lần thử.", await TextAsync(old), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await VerifyAsync(reader, VoterChannel.Email, "twice@example.vn", second)).StatusCode);
    }

    [Fact]
    public async Task A_network_gets_twenty_codes_an_hour_and_its_neighbours_are_not_held_back()
    {
        for (var i = 0; i < VoterCodes.SendsPerNetwork; i++)
        {
            var sent = await SendAsync(factory.Reader($"198.51.100.{i + 1}"), VoterChannel.Phone, $"09800000{i:D2}");
            Assert.Contains("Đã gửi mã 6 chữ số", await TextAsync(sent), StringComparison.Ordinal);
        }

        var refused = await SendAsync(factory.Reader("198.51.100.200"), VoterChannel.Phone, "0980000099");
        var elsewhere = await SendAsync(factory.Reader("198.51.101.1"), VoterChannel.Phone, "0980000098");

        Assert.Contains("Mạng bạn đang dùng đã yêu cầu quá nhiều mã trong một giờ qua. Hãy thử lại sau 60 phút.", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await CodesOfAsync("+84980000099"));
        Assert.Contains("Đã gửi mã 6 chữ số", await TextAsync(elsewhere), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_texted_code_is_written_to_the_sms_folder_and_verifies_the_phone()
    {
        var reader = factory.Reader("203.0.113.80");
        var masked = new VoterIdentity(VoterChannel.Phone, "+84912345678").Masked;

        var sent = await SendAsync(reader, VoterChannel.Phone, "091.234.5678");
        Assert.Contains($"Đã gửi mã 6 chữ số tới số {masked} qua tin nhắn SMS", await TextAsync(sent), StringComparison.Ordinal);
        var code = TextedCode("+84912345678");
        var verified = await VerifyAsync(reader, VoterChannel.Phone, "+84912345678", code);

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal("/vote", verified.Headers.Location?.OriginalString);
        Assert.True(SetsVoterCookie(verified));
        Assert.Contains($"Bạn đã xác thực là {masked}.", WebUtility.HtmlDecode(await reader.GetStringAsync(Page)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_number_that_is_not_a_Viet_Nam_mobile_is_refused()
    {
        var refused = await SendAsync(factory.Reader("203.0.113.85"), VoterChannel.Phone, "024 3825 1234");

        Assert.Contains("Số điện thoại phải là số di động Việt Nam", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await CodesOfAsync("+842438251234"));
    }

    [Fact]
    public async Task A_verified_reader_signs_out_and_is_asked_to_verify_again()
    {
        var reader = factory.Reader("203.0.113.90");
        await SendAsync(reader, VoterChannel.Email, "leaving@example.vn");
        await VerifyAsync(reader, VoterChannel.Email, "leaving@example.vn", await MailedCodeAsync("leaving@example.vn"));
        Assert.Contains("Đăng xuất khỏi bình chọn", await reader.GetStringAsync(Page), StringComparison.Ordinal);

        var signedOut = await reader.PostFormAsync(Page, [], Page + "?handler=SignOut");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var page = WebUtility.HtmlDecode(await reader.GetStringAsync(Page));
        Assert.Contains("Bạn đã đăng xuất khỏi bình chọn.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bạn đã xác thực là", page, StringComparison.Ordinal);
        Assert.Contains("id=\"voter-phone\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_public_and_asks_for_a_phone_first()
    {
        var response = await factory.Reader("203.0.113.95").GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TextAsync(response);
        Assert.Contains("<label for=\"voter-phone\">Số điện thoại di động</label>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"voter-email\">Địa chỉ e-mail</label>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("voter-phone", StringComparison.Ordinal) < page.IndexOf("voter-email", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
