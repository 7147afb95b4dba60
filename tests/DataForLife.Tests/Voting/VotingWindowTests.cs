using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Tests.Voting;

/// <summary>The vote's window as the API, the gallery and a round's publication read it.</summary>
public sealed class VotingWindowTests
{
    private static readonly DateTimeOffset Opens = new(2023, 10, 9, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2023, 10, 16, 17, 0, 0, TimeSpan.Zero);
    private static readonly Phase Window = new("voting", new LocalizedText("Bình chọn", "Voting"), Opens, Closes);

    [Fact]
    public void The_vote_is_open_from_its_start_until_its_end_and_closed_from_its_end_on()
    {
        Assert.False(VotingWindow.IsOpenAt(Window, Opens.AddTicks(-1)));
        Assert.True(VotingWindow.IsOpenAt(Window, Opens));
        Assert.True(VotingWindow.IsOpenAt(Window, Closes.AddTicks(-1)));
        Assert.False(VotingWindow.IsOpenAt(Window, Closes));

        Assert.False(VotingWindow.HasClosedAt(Window, Closes.AddTicks(-1)));
        Assert.True(VotingWindow.HasClosedAt(Window, Closes));
        Assert.True(VotingWindow.IsStillToCloseAt(Window, Opens.AddDays(-1)));
        Assert.False(VotingWindow.IsStillToCloseAt(Window, Closes));
    }

    [Fact]
    public void An_edition_without_a_voting_phase_has_a_vote_never_open_and_never_closed()
    {
        Assert.False(VotingWindow.IsOpenAt(null, Opens));
        Assert.False(VotingWindow.HasClosedAt(null, Closes));
        Assert.False(VotingWindow.IsStillToCloseAt(null, Opens));
    }
}
