using System.IO.Compression;
using System.Net.Http.Headers;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;

namespace DataForLife.Tests.Submissions;

[Trait("Category", "Integration")]
public sealed class OrganiserDossierTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    [Fact]
    public async Task Organisers_list_dossiers_print_one_and_download_them_as_ZIP_archives()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("zip", withMember: false);
        var photo = new ByteArrayContent(TestFiles.Jpeg());
        photo.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        await leader.PostAsync($"/api/v1/teams/{teamId}/dossier/files?kind=photo&name=san-pham.jpg", photo);
        await leader.PutAsJsonAsync($"/api/v1/teams/{teamId}/dossier", new
        {
            why = "Lý do ZIP.", how = "Cách làm.", highlights = "Điểm mới.", results = "Kết quả.", baseVersion = 0, submit = true, acceptCommitment = true,
        });
        await factory.CreateUserAsync("btc-zip@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-zip@c06.gov.vn");

        var list = await organiser.GetStringAsync("/organizer/editions/2023/dossiers");
        var print = await organiser.GetStringAsync($"/organizer/dossiers/{teamId}");
        using var team = new ZipArchive(new MemoryStream(await organiser.GetByteArrayAsync($"/organizer/dossiers/{teamId}/dossier.zip")));
        using var all = new ZipArchive(new MemoryStream(await organiser.GetByteArrayAsync("/organizer/editions/2023/dossiers.zip")));

        Assert.Contains("Đội zip", list, StringComparison.Ordinal);
        Assert.Contains("Lý do ZIP.", print, StringComparison.Ordinal);
        var names = team.Entries.Select(e => e.FullName).ToList();
        Assert.Contains(names, n => n.EndsWith("/dossier.md", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("/files/photo-san-pham.jpg", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("/manifest.json", StringComparison.Ordinal));
        Assert.Contains(all.Entries, e => e.FullName.StartsWith(names[0].Split('/')[0] + "/", StringComparison.Ordinal));

        // The dossier competes in the categories the team registered (society, in the factory's registration).
        Assert.Matches("id=\"dossier-categories\">Hạng mục dự thi: <strong>Xã hội số</strong>", print);
        using var markdown = new StreamReader(team.Entries.Single(e => e.FullName.EndsWith("/dossier.md", StringComparison.Ordinal)).Open());
        Assert.Contains("- Hạng mục (theo đăng ký) / Categories (as registered): Xã hội số / Digital Society", await markdown.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Contains("Xã hội số", await leader.GetStringAsync("/team/dossier"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contestant_cannot_download_dossiers()
    {
        var (leader, _, teamId) = await factory.TeamWithMemberAsync("khongzip", withMember: false);

        var response = await leader.GetAsync($"/organizer/dossiers/{teamId}/dossier.zip");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
