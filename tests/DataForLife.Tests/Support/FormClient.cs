using System.Net;
using System.Text.RegularExpressions;

namespace DataForLife.Tests.Support;

/// <summary>Fills in and posts the platform's forms the way a browser does: antiforgery token and cookies included.</summary>
public static partial class FormClient
{
    public static async Task<string> GetTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenOf(html) ?? throw new InvalidOperationException($"{url} has no antiforgery token.");
    }

    public static string? TokenOf(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>Opens the page at <paramref name="pageUrl"/>, then posts the fields to <paramref name="postUrl"/> (the same page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = await client.GetTokenAsync(pageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(pageUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task SignInAsync(this HttpClient client, string email, string password = TestUsers.Password)
    {
        var response = await client.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
