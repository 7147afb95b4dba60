using System.Net;
using DataForLife.Tests.Registration;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Security;

/// <summary>Invitees of one team who accept at the same moment each join while there is room.</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrentInvitationTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task Four_invitees_accepting_at_once_all_join_a_team_with_room_for_them()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("truong-nhom-cung-luc@example.vn", "Nhóm Cùng Lúc");
        var invitees = new List<(HttpClient Client, string Token)>();
        for (var i = 1; i <= 4; i++)
        {
            var email = $"thanh-vien-{i}-cung-luc@example.vn";
            await factory.CreatePersonAsync(email, $"Trần Văn Số {i}", DataForLife.Population.Sex.Male);
            await RegistrationSteps.InviteAsync(leader, email);
            var link = await RegistrationSteps.InvitationLinkAsync(factory, email);
            invitees.Add((await RegistrationSteps.SignedInAsync(factory, email), link["/invitations/".Length..]));
        }

        using var probe = OverlapProbe.Attach(factory.Services, "team.join", expected: 4);
        var answers = await Task.WhenAll(invitees.Select(i => i.Client.PostAsync($"/api/v1/invitations/{i.Token}/accept", null)));

        Assert.True(probe.Overlapped, "the first acceptance was held inside until all four had arrived");
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, $"{(int)a.StatusCode}: {a.Content.ReadAsStringAsync().Result}"));
        Assert.Equal(5, (await RegistrationSteps.TeamAsync(factory, teamId)).Members.Count);
    }
}
