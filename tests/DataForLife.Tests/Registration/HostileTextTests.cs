using System.Net;
using DataForLife.Tests.Support;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>Whatever people type is shown as the text they typed, and a refused change keeps what was saved.</summary>
[Trait("Category", "Integration")]
public sealed class HostileTextTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private const string ScriptInName = "<script>alert(1)</script> Lưu Thị Hoa";
    private const string ImageInOrganisation = "<img src=x onerror=alert(2)>Trường THPT";
    private const string ScriptInAbstract = "<script>document.location='//evil.example'</script>Tóm tắt";
    private const string MarkupInIdea = "<iframe src=//evil.example></iframe>Bản đồ";

    [Fact]
    public async Task Markup_in_a_members_profile_and_in_the_team_description_is_shown_as_text()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("hostile-lead@example.vn", "Đội An Toàn");
        var updated = await leader.PostFormAsync("/team", [new("Input.Name", "Đội An Toàn"), new("Input.IdeaName", MarkupInIdea),
            new("Input.Categories", "society"), new("Input.Abstract", ScriptInAbstract)], "/team?handler=Update");
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        await factory.CreatePersonAsync("hostile-member@example.vn", ScriptInName, organisation: ImageInOrganisation);
        await InviteAsync(leader, "hostile-member@example.vn");
        var link = await InvitationLinkAsync(factory, "hostile-member@example.vn");
        var member = await SignedInAsync(factory, "hostile-member@example.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostFormAsync(link, [], link + "?handler=Accept")).StatusCode);
        var organiser = await OrganiserAsync(factory, "btc-hostile@c06.gov.vn");

        var teamPage = await leader.GetStringAsync("/team");
        var detailPage = await organiser.GetStringAsync($"/organizer/teams/{teamId}");

        foreach (var html in new[] { teamPage, detailPage })
        {
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>document.location", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Lưu Thị Hoa", html, StringComparison.Ordinal);
            Assert.Contains(ScriptInAbstract, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Contains(MarkupInIdea, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<img src=x", detailPage, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;Trường THPT", detailPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_team_edit_keeps_the_saved_description()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("refused-edit@example.vn", "Đội Giữ Nguyên");
        var before = await TeamAsync(factory, teamId);

        var refused = await leader.PostFormAsync("/team", [new("Input.Name", "   "), new("Input.IdeaName", "Ý tưởng đổi"),
            new("Input.Categories", "economy"), new("Input.Abstract", "Tóm tắt đổi")], "/team?handler=Update");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vui lòng nhập tên đội (không chỉ gồm khoảng trắng hay dấu câu).", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = await TeamAsync(factory, teamId);
        Assert.Equal((before.Name, before.IdeaName, before.Categories, before.Abstract), (after.Name, after.IdeaName, after.Categories, after.Abstract));
        var page = WebUtility.HtmlDecode(await leader.GetStringAsync("/team"));
        Assert.Contains("Ứng dụng Đội Giữ Nguyên", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tóm tắt đổi", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_profile_edit_keeps_the_saved_profile()
    {
        var person = await factory.CreatePersonAsync("refused-profile@example.vn", "Bế Thị Giữ");
        var before = (await ProfileAsync(factory, person.Id))!;
        var client = await SignedInAsync(factory, "refused-profile@example.vn");

        var refused = await client.PostFormAsync("/profile", [new("Input.FullName", "Tên Khác Hẳn"), new("Input.DateOfBirth", "2001-04-30"),
            new("Input.Sex", "Female"), new("Input.Nationality", "VN"), new("Input.CountryOfResidence", "VN"),
            new("Input.DocumentNumber", before.DocumentNumber), new("Input.Phone", "12"), new("Input.Organisation", "Trường Khác")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Số điện thoại không hợp lệ.", FieldError(await refused.Content.ReadAsStringAsync(), "Input.Phone"));
        var after = (await ProfileAsync(factory, person.Id))!;
        Assert.Equal((before.FullName, before.Phone, before.Organisation, before.UpdatedAtUtc), (after.FullName, after.Phone, after.Organisation, after.UpdatedAtUtc));
    }
}
