using DataForLife.Web.Domain.Editions;

namespace DataForLife.Tests.Registration;

public sealed class TeamSettingsTests
{
    [Theory]
    [InlineData(4, 0, true)]
    [InlineData(5, 0, false)]
    [InlineData(3, 1, true)]
    [InlineData(3, 2, false)]
    public void One_more_person_fits_while_members_and_open_invitations_stay_under_the_largest_size(int members, int pending, bool fits) =>
        Assert.Equal(fits, new TeamSettings { MinSize = 2, MaxSize = 5 }.HasRoomForOneMore(members, pending));

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    public void A_dossier_is_submitted_only_by_a_team_of_at_least_the_smallest_size(int members, bool large) =>
        Assert.Equal(large, new TeamSettings { MinSize = 2, MaxSize = 5 }.IsLargeEnough(members));
}
