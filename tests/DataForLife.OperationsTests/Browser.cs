using System.Net;
using System.Text.RegularExpressions;

namespace DataForLife.OperationsTests;

/// <summary>
/// One person's browser: one cookie jar for every address on 127.0.0.1 (cookies do not depend on the port), so the
/// same cookies reach instance A, instance B and the proxy, as they would reach one site behind a load balancer.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    public Browser()
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public HttpClient Client => _client;

    public Task<HttpResponseMessage> GetAsync(Uri instance, string path) => _client.GetAsync(new Uri(instance, path));

    /// <summary>The antiforgery token of the first form of a page.</summary>
    public async Task<string> FormTokenAsync(Uri instance, string path)
    {
        using var response = await GetAsync(instance, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Token().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"{path} has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public Task<HttpResponseMessage> PostFormAsync(Uri instance, string path, string token, params (string Name, string Value)[] fields) =>
        _client.PostAsync(new Uri(instance, path),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
