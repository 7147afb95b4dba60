using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Final;

/// <summary>Before the TOP 10 are published there is no one to mentor, ticket or start the final for: each step says so.</summary>
[Trait("Category", "Integration")]
public sealed class BeforeTheFinalistsTests : IAsyncLifetime
{
    private readonly JudgingFactory _factory = new();
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(12, intoRound1: false);
        await _factory.CreateUserAsync(FinalSetup.Organiser, role: Web.Domain.Accounts.Roles.Organizer);
        _factory.Clock.SetUtcNow(FinalSetup.FinalMorning);
        _organiser = await _factory.SignedInAsync(FinalSetup.Organiser);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<string> FollowAsync(HttpResponseMessage redirect) =>
        WebUtility.HtmlDecode(await _organiser.GetStringAsync(redirect.Headers.Location!.OriginalString));

    [Fact]
    public async Task Mentors_tickets_and_the_clock_wait_for_the_TOP_10_and_no_team_can_hand_in()
    {
        var mentors = WebUtility.HtmlDecode(await _organiser.GetStringAsync("/organizer/editions/2023/mentors"));
        Assert.Contains("id=\"no-finalists\"", mentors, StringComparison.Ordinal);
        var confirm = await _organiser.PostFormAsync("/organizer/editions/2023/mentors", [new("Choice[1]", "1")], "/organizer/editions/2023/mentors?handler=Confirm");
        Assert.Contains("TOP 10 chưa được công bố", WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var tickets = await _organiser.PostFormAsync("/organizer/editions/2023/final", [], "/organizer/editions/2023/final?handler=Tickets");
        Assert.Contains("TOP 10 chưa được công bố", await FollowAsync(tickets), StringComparison.Ordinal);
        var start = await _organiser.PostFormAsync("/organizer/editions/2023/final", [], "/organizer/editions/2023/final?handler=Start");
        Assert.Contains("chưa có đội vào chung kết", await FollowAsync(start), StringComparison.Ordinal);

        var team = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var leader = await _factory.SignedInAsync(await _factory.LeaderOfAsync(team));
        Assert.Contains("id=\"not-finalist\"", await leader.GetStringAsync("/team/final"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/teams/{team}/final-hand-in")).StatusCode);
        Assert.Contains("id=\"no-mentor\"", await leader.GetStringAsync("/team/mentoring"), StringComparison.Ordinal);
    }
}
