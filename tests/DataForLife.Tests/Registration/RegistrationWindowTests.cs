using System.Net;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class RegistrationWindowTests
{
    [Fact]
    public async Task After_registration_closes_no_team_can_be_registered()
    {
        await using var factory = new RegistrationFactory();
        await factory.InitializeAsync();
        await factory.CreatePersonAsync("late-team@example.vn", "Bạch Văn Trễ", DataForLife.Population.Sex.Male);
        factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 9, 15));
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("late-team@example.vn");

        var response = await client.PostFormAsync("/team", [new("Input.Name", "Đội Muộn"), new("Input.IdeaName", "Ý tưởng"),
            new("Input.Categories", "society"), new("Input.Abstract", "Tóm tắt")], "/team?handler=Create");

        Assert.Contains("Thời gian đăng ký đã đóng", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
