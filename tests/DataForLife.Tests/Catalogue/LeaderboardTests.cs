using System.Net;
using System.Text;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;

namespace DataForLife.Tests.Catalogue;

[Trait("Category", "Integration")]
public sealed class LeaderboardTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task The_leaderboard_is_hidden_until_an_organiser_makes_it_public_a_contestant_cannot_and_organisers_always_see_it()
    {
        var (leader, _) = await factory.RegisterTeamAsync("bang-xep-hang@example.vn", "Đội Xếp Hạng");
        await leader.SendPredictionsAsync(Encoding.UTF8.GetBytes(await leader.BaselinePredictionsAsync(factory.Database.DataDirectory)));
        await factory.CreateUserAsync("btc-bxh@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-bxh@c06.gov.vn");
        var reader = factory.CreateClient();

        await leader.PostFormAsync("/data/population", [new("publicLeaderboard", "true")], "/organizer/editions/2023/catalogue?handler=Leaderboard");
        var hiddenPage = await reader.GetStringAsync("/data/population");
        var hiddenApi = await reader.GetAsync("/api/v1/editions/2023/datasets/population/leaderboard");
        var teamPage = await leader.GetStringAsync("/data/population");
        var organiserPage = await organiser.GetStringAsync("/data/population");
        var published = await organiser.PostFormAsync("/organizer/editions/2023/catalogue", [new("publicLeaderboard", "true")],
            "/organizer/editions/2023/catalogue?handler=Leaderboard");
        var publicPage = await reader.GetStringAsync("/data/population");
        var publicApi = await reader.GetAsync("/api/v1/editions/2023/datasets/population/leaderboard");

        Assert.DoesNotContain("id=\"leaderboard\"", hiddenPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hiddenApi.StatusCode);
        Assert.DoesNotContain("id=\"leaderboard\"", teamPage, StringComparison.Ordinal);
        Assert.Contains("id=\"leaderboard\"", organiserPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("id=\"leaderboard\"", publicPage, StringComparison.Ordinal);
        Assert.Contains("Đội Xếp Hạng", publicPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicApi.StatusCode);
        Assert.Contains("Đội Xếp Hạng", await publicApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
