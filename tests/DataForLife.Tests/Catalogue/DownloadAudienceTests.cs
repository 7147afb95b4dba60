using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Catalogue;

/// <summary>An entry whose files are for registered teams only: its page is public, its files are not.</summary>
[Trait("Category", "Integration")]
public sealed class DownloadAudienceTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 13 % 251))];

    [Fact]
    public async Task Files_for_registered_teams_reach_team_members_and_staff_while_others_are_asked_to_sign_in_or_refused()
    {
        await factory.CreateUserAsync("btc-doitac@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-doitac@c06.gov.vn");
        KeyValuePair<string, string>[] Entry(string position) =>
        [
            new("Input.Slug", "giao-dich-tmdt"), new("Input.Provider", "Partner"), new("Input.Audience", "RegisteredTeams"),
            new("Input.NameVi", "Giao dịch thương mại điện tử"), new("Input.NameEn", "E-commerce transactions"),
            new("Input.DescriptionVi", "48 giờ giao dịch đã khử định danh."), new("Input.DescriptionEn", "48 hours of de-identified transactions."),
            new("Input.Position", position), new("Input.Categories", "economy"),
        ];

        // A position left empty or not a whole number is refused with the rule's message, and nothing is saved.
        foreach (var position in new[] { "", "sáu trăm" })
        {
            var unsaved = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry", Entry(position), "/organizer/editions/2023/catalogue/entry?handler=Save");
            Assert.Equal(HttpStatusCode.OK, unsaved.StatusCode);
            Assert.Contains("Thứ tự là một số nguyên từ 0 đến 9999.", WebUtility.HtmlDecode(await unsaved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/editions/2023/datasets/giao-dich-tmdt")).StatusCode);
        }

        var saved = await organiser.PostFormAsync("/organizer/editions/2023/catalogue/entry", Entry("600"), "/organizer/editions/2023/catalogue/entry?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var body = new ByteArrayContent(Content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var upload = await organiser.PostAsync("/api/v1/editions/2023/datasets/giao-dich-tmdt/files?name=giao-dich.csv", body);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var url = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/datasets/giao-dich-tmdt");
        Assert.Equal("registeredTeams", api.GetProperty("audience").GetString());
        Assert.Contains("value=\"RegisteredTeams\" selected=\"selected\"", await organiser.GetStringAsync("/organizer/editions/2023/catalogue/entry/giao-dich-tmdt"), StringComparison.Ordinal);

        var anonymous = factory.CreateBrowserLikeClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/data/giao-dich-tmdt"));
        Assert.Contains("chỉ dành cho thành viên các đội đã đăng ký dự thi", page, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập để tải.", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{url}\"", page, StringComparison.Ordinal);
        var challenged = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.StartsWith("/account/login", challenged.Headers.Location?.PathAndQuery ?? challenged.Headers.Location?.OriginalString, StringComparison.Ordinal);

        await factory.CreatePersonAsync("chua-co-doi@example.vn", "Vũ Thị Lẻ");
        var outsider = await SignedInAsync(factory, "chua-co-doi@example.vn");
        Assert.Contains("chưa thuộc đội nào", WebUtility.HtmlDecode(await outsider.GetStringAsync("/data/giao-dich-tmdt")), StringComparison.Ordinal);
        var refused = await outsider.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var (leader, _) = await factory.RegisterTeamAsync("doi-tmdt@example.vn", "Đội Thương Mại");
        Assert.Contains($"href=\"{url}\"", await leader.GetStringAsync("/data/giao-dich-tmdt"), StringComparison.Ordinal);
        Assert.Equal(Content, await leader.GetByteArrayAsync(url));
        Assert.Equal(Content, await organiser.GetByteArrayAsync(url));
    }
}
