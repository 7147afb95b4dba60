using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataForLife.Bench.DeadlineSurge;

/// <summary>One team's leader, signed in with a cookie, as the browser page would act.</summary>
public sealed partial class TeamClient(HttpClient http, int teamId)
{
    public static async Task<TeamClient> SignInAsync(string baseUrl, string email, int teamId)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var page = await http.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = DataForLife.Web.Features.Demo.DemoTeams.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in: {response.StatusCode}");
        }

        return new TeamClient(http, teamId);
    }

    public async Task<SubmissionResult> SubmitAsync(IReadOnlyList<(string Kind, string Name, byte[] Bytes)> files)
    {
        var total = Stopwatch.StartNew();
        var uploads = new List<double>();
        try
        {
            foreach (var (kind, name, bytes) in files)
            {
                var watch = Stopwatch.StartNew();
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                var response = await http.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind={kind}&name={name}", content);
                uploads.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return new SubmissionResult(false, null, uploads, 0, total.Elapsed.TotalMilliseconds, $"upload {name}: {(int)response.StatusCode}");
                }
            }

            var submit = Stopwatch.StartNew();
            var saved = await http.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", new
            {
                why = "Lý do ra đời của sản phẩm.", how = "Cách sản phẩm hoạt động.", highlights = "Điểm nổi bật.", results = "Kết quả thử nghiệm.",
                baseVersion = 0, submit = true, acceptCommitment = true,
            });
            var submitMs = submit.Elapsed.TotalMilliseconds;
            if (saved.StatusCode != HttpStatusCode.OK)
            {
                return new SubmissionResult(false, null, uploads, submitMs, total.Elapsed.TotalMilliseconds, $"submit: {(int)saved.StatusCode}");
            }

            var checksum = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checksum").GetString();
            return new SubmissionResult(true, checksum, uploads, submitMs, total.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new SubmissionResult(false, null, uploads, 0, total.Elapsed.TotalMilliseconds, ex.Message);
        }
    }

    /// <summary>The submitted version is recorded with the checksum the team was given, and every file reads back byte for byte.</summary>
    public async Task<bool> VerifyAsync(IReadOnlyList<(string Kind, string Name, byte[] Bytes)> files, string checksum)
    {
        var dossier = await http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{teamId}/dossier");
        if (dossier.GetProperty("submittedVersion").GetInt32() != 1 || dossier.GetProperty("checksum").GetString() != checksum)
        {
            return false;
        }

        var stored = dossier.GetProperty("files").EnumerateArray().ToList();
        foreach (var (_, name, bytes) in files)
        {
            var file = stored.FirstOrDefault(f => f.GetProperty("name").GetString() == name);
            var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (file.ValueKind == JsonValueKind.Undefined || file.GetProperty("sha256").GetString() != expected)
            {
                return false;
            }

            var back = await http.GetByteArrayAsync($"/team/dossier/files/{file.GetProperty("id").GetString()}");
            if (Convert.ToHexStringLower(SHA256.HashData(back)) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
