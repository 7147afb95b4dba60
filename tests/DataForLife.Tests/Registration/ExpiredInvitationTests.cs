using System.Net;
using DataForLife.Tests.Support;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>An invitation nobody answers expires after 7 days; the leader sees it among the ended ones, not the open ones.</summary>
[Trait("Category", "Integration")]
public sealed class ExpiredInvitationTests : IAsyncLifetime
{
    private readonly RegistrationFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_unanswered_invitation_moves_from_the_open_list_to_the_ended_one_after_seven_days()
    {
        var (leader, _) = await _factory.RegisterTeamAsync("het-han-lead@example.vn", "Đội Chờ Đợi");
        await InviteAsync(leader, "im-lang@example.vn");
        Assert.Contains("im-lang@example.vn", PendingInvitations(await leader.GetStringAsync("/team")), StringComparison.Ordinal);

        _factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        leader = await SignedInAsync(_factory, "het-han-lead@example.vn");
        var page = await leader.GetStringAsync("/team");

        Assert.DoesNotContain("im-lang@example.vn", PendingInvitations(page), StringComparison.Ordinal);
        var ended = WebUtility.HtmlDecode(page[page.IndexOf("id=\"ended-invitations\"", StringComparison.Ordinal)..]);
        Assert.Matches("<li data-state=\"expired\">im-lang@example.vn – hết hạn lúc\\s*<time", ended);
    }
}
