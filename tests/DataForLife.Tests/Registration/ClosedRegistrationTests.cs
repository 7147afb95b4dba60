using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>Once registration has closed, a leader's direct request cannot change the team's invitations either.</summary>
[Trait("Category", "Integration")]
public sealed class ClosedRegistrationTests : IAsyncLifetime
{
    private readonly RegistrationFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Withdrawing_an_invitation_after_registration_closed_is_refused_and_it_stays_open()
    {
        await _factory.RegisterTeamAsync("dong-lead@example.vn", "Đội Đã Đóng");
        var leader = await SignedInAsync(_factory, "dong-lead@example.vn");
        await InviteAsync(leader, "dong-invited@example.vn");
        var invitationId = FirstOpenInvitationId(await leader.GetStringAsync("/team"));

        _factory.Clock.SetUtcNow(new DateTimeOffset(2023, 9, 15, 1, 0, 0, TimeSpan.FromHours(7)));
        leader = await SignedInAsync(_factory, "dong-lead@example.vn");
        var token = await leader.GetTokenAsync("/team");
        var response = await leader.PostAsync($"/team?handler=Revoke&invitationId={invitationId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var after = await leader.GetStringAsync("/team");

        Assert.Contains("Thời gian đăng ký đã đóng", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync() + after), StringComparison.Ordinal);
        var state = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Invitations.AsNoTracking()
            .Where(i => i.Email == "dong-invited@example.vn").Select(i => i.State).SingleAsync());
        Assert.Equal(InvitationState.Pending, state);
    }
}
