using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Tests.Editions;

public sealed class TimelineViewTests
{
    private static readonly EditionDefinition Plan = EditionSamples.Plan2023;

    [Fact]
    public void Before_registration_opens_the_countdown_is_to_its_opening()
    {
        var view = TimelineView.At(Plan, EditionSamples.Vietnam(2023, 6, 1));

        Assert.False(view.DeadlineIsClosing);
        Assert.Equal("registration", view.DeadlinePhase!.Code);
        Assert.Equal(EditionSamples.Vietnam(2023, 8, 7), view.Deadline);
        Assert.All(view.Phases, p => Assert.Equal(PhaseState.Upcoming, p.State));
    }

    [Fact]
    public void During_submission_the_countdown_is_to_the_submission_deadline()
    {
        var view = TimelineView.At(Plan, EditionSamples.Vietnam(2023, 9, 1));

        Assert.True(view.DeadlineIsClosing);
        Assert.Equal(EditionSamples.Vietnam(2023, 9, 15), view.Deadline);
        Assert.True(view.IsOpen("submission"));
        Assert.False(view.IsOpen("round1"));
    }

    [Fact]
    public void A_window_is_closed_at_the_very_instant_it_ends()
    {
        var deadline = EditionSamples.Vietnam(2023, 9, 15);

        Assert.True(TimelineView.At(Plan, deadline.AddTicks(-1)).IsOpen("submission"));
        Assert.False(TimelineView.At(Plan, deadline).IsOpen("submission"));
        Assert.True(TimelineView.At(Plan, deadline).IsOpen("round1"));
    }

    [Fact]
    public void After_the_final_there_is_nothing_left_to_count_down_to()
    {
        var view = TimelineView.At(Plan, EditionSamples.Vietnam(2024, 1, 1));

        Assert.Null(view.Deadline);
        Assert.All(view.Phases, p => Assert.Equal(PhaseState.Closed, p.State));
    }
}
