using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Roster;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Platform;

/// <summary>The platform on Kestrel, whose request body limits are the ones a real server enforces.</summary>
public sealed class KestrelRegistrationFactory : RegistrationFactory
{
    public KestrelRegistrationFactory()
    {
        UseKestrel(0);
    }

    /// <summary>A client of the real server that keeps cookies, the secure ones too (the server is reached over plain HTTP on loopback).</summary>
    public override HttpClient CreateBrowserLikeClient()
    {
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // A client waiting for "100 Continue" sends no body until the server reads it; the long wait keeps a busy machine
        // from sending it anyway, so a refusal before reading always reaches the client whole.
        var inner = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        return new HttpClient(new LoopbackCookies { InnerHandler = inner })
        {
            BaseAddress = new Uri(address),
            Timeout = Patience.Limit,
        };
    }

    private sealed class LoopbackCookies : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0].Trim()] = pair.Length > 1 ? pair[1] : string.Empty;
            }

            return response;
        }
    }
}

/// <summary>
/// A JSON body takes at most a megabyte: one declared larger is refused with the reason before anything reads it, one
/// sent in chunks without a declared length is cut off by the server; nothing is stored either way. Endpoints that
/// take files keep their own limits and answers.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BodyLimitTests(KestrelRegistrationFactory factory) : IClassFixture<KestrelRegistrationFactory>
{
    /// <summary>
    /// A body with its length declared, sent as curl sends large ones: headers first with "Expect: 100-continue", the
    /// body only once the server asks for it. A server refusing the declared size answers without asking, and the
    /// client reads that answer instead of finding the connection closed under a body it was still writing.
    /// </summary>
    private static Task<HttpResponseMessage> SendDeclaredAsync(HttpClient client, HttpMethod method, string path, string json)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    private static string SignUpJson(string email, int nameLength) =>
        JsonSerializer.Serialize(new { email, password = TestUsers.Password, displayName = new string('Đ', nameLength) });

    [Fact]
    public async Task An_anonymous_sign_up_declared_over_a_megabyte_is_refused_with_the_reason()
    {
        var client = factory.CreateBrowserLikeClient();
        var json = SignUpJson("lon@example.vn", 600_000);
        Assert.True(Encoding.UTF8.GetByteCount(json) > BodyLimits.JsonBytes);

        var response = await SendDeclaredAsync(client, HttpMethod.Post, "/api/v1/account/register", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
        Assert.Equal("Yêu cầu quá lớn: nội dung gửi lên tối đa 1024 KB; không có gì được lưu.", title);
        Assert.False(await UserExistsAsync("lon@example.vn"));

        var english = factory.CreateBrowserLikeClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await SendDeclaredAsync(english, HttpMethod.Post, "/api/v1/account/register", json);
        Assert.Equal("The request is too large: its body may hold at most 1024 KB; nothing was stored.",
            (await inEnglish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("vi", "Yêu cầu quá lớn: nội dung gửi lên tối đa 1024 KB; không có gì được lưu.")]
    [InlineData("en", "The request is too large: its body may hold at most 1024 KB; nothing was stored.")]
    public async Task The_same_body_sent_in_chunks_is_cut_off_by_the_server_and_nothing_is_stored(string language, string reason)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        // Just over the limit ("Đ" is written as a six-byte escape): what the server leaves unread when it stops fits in
        // the sockets' buffers, so the client has sent it all and reads the answer, however the two sides are scheduled.
        var json = SignUpJson("chunked-" + language + "@example.vn", (int)(BodyLimits.JsonBytes / 6) + 1000);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), BodyLimits.JsonBytes + 1, BodyLimits.JsonBytes + 16_384);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/register") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.False(await UserExistsAsync("chunked-" + language + "@example.vn"));
    }

    [Fact]
    public async Task A_body_declared_too_large_is_refused_before_anything_else_reads_it()
    {
        // Nobody is signed in: the profile endpoint would answer 401, but the declared size is refused first, unread.
        var client = factory.CreateBrowserLikeClient();
        var json = JsonSerializer.Serialize(new { fullName = new string('A', 1_200_000) });

        var response = await SendDeclaredAsync(client, HttpMethod.Put, "/api/v1/me/profile", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Yêu cầu quá lớn: nội dung gửi lên tối đa 1024 KB; không có gì được lưu.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_body_under_the_limit_is_taken_as_before()
    {
        var client = factory.CreateBrowserLikeClient();

        // 200 letters is the longest name; the body is small, and the answer is the usual one.
        var response = await client.PostAsync("/api/v1/account/register",
            new StringContent(SignUpJson("vua@example.vn", 200), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await UserExistsAsync("vua@example.vn"));
    }

    [Theory]
    [InlineData(-2000, HttpStatusCode.OK)]
    [InlineData(1000, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData((int)BodyLimits.Slack + 4096, HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_roster_file_sent_in_chunks_is_judged_by_the_roster_s_own_limit(int overLimit, HttpStatusCode expected)
    {
        var email = CultureInvariant($"btc-chunk{overLimit}@c06.gov.vn");
        await factory.CreateUserAsync(email, role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync(email);
        var rows = new StringBuilder("body,full_name,email\n");
        for (var i = 0; Encoding.UTF8.GetByteCount(rows.ToString()) < RosterFile.MaxBytes + overLimit - 200; i += 1000)
        {
            for (var j = i; j < i + 1000; j++)
            {
                rows.Append(CultureInvariant($"jury,Người Thứ {j},nguoi{j}x{overLimit}@example.vn\n"));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(rows.ToString());
        var length = RosterFile.MaxBytes + overLimit;
        var body = bytes.Length >= length ? bytes[..(int)length] : bytes;
        var cut = Array.LastIndexOf(body, (byte)'\n') + 1;
        var content = new StreamContent(new MemoryStream(overLimit < 0 ? body[..cut] : body));
        content.Headers.ContentType = new("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/editions/2023/roster/import?dryRun=true") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await organiser.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.RequestEntityTooLarge)
        {
            Assert.Equal("Tệp lớn hơn 2 MB.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
    }

    [Fact]
    public void Every_API_endpoint_that_takes_a_body_has_a_limit_and_JSON_endpoints_the_JSON_one()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH") == true)
            .ToList();
        Assert.NotEmpty(endpoints);

        var limits = endpoints.ToDictionary(e => e.RoutePattern.RawText!, e => e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
        Assert.All(limits, pair => Assert.True(pair.Value is > 0 and <= BodyLimits.ServerDefaultBytes, $"{pair.Key}: {pair.Value}"));
        Assert.Equal(BodyLimits.JsonBytes, limits["/api/v1/account/register"]);
        Assert.Equal(BodyLimits.JsonBytes, limits["/api/v1/me/profile"]);
        Assert.Equal(RosterFile.MaxBytes + BodyLimits.Slack, limits["/api/v1/editions/{id}/roster/import"]);
        Assert.Equal(Web.Features.Voting.VotingApi.MaxBodyBytes, limits["/api/v1/editions/{edition}/votes"]);
    }

    [Fact]
    public async Task A_handler_reading_past_its_limit_is_answered_413_with_the_limit_it_had_not_a_server_error()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var handler = new BodyLimits.OversizedBodyHandler();
        HttpContext Context(string path)
        {
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Path = path;
            context.Response.Body = new MemoryStream();
            context.Features.Set<IHttpMaxRequestBodySizeFeature>(new SizeLimit { MaxRequestBodySize = 3 * 1024 * 1024 });
            return context;
        }

        var api = Context("/api/v1/teams/1/dossier/files");
        Assert.True(await handler.TryHandleAsync(api, new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge), default));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, api.Response.StatusCode);
        api.Response.Body.Position = 0;
        Assert.Equal("Yêu cầu quá lớn: nội dung gửi lên tối đa 3072 KB; không có gì được lưu.",
            (await JsonSerializer.DeserializeAsync<JsonElement>(api.Response.Body)).GetProperty("title").GetString());

        // Other bad requests, and pages, are left to the usual handlers.
        Assert.False(await handler.TryHandleAsync(Context("/api/v1/x"), new BadHttpRequestException("Bad chunk.", StatusCodes.Status400BadRequest), default));
        Assert.False(await handler.TryHandleAsync(Context("/team/dossier"), new BadHttpRequestException("Too large.", StatusCodes.Status413PayloadTooLarge), default));
    }

    private sealed class SizeLimit : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;

        public long? MaxRequestBodySize { get; set; }
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private Task<bool> UserExistsAsync(string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email));
}
