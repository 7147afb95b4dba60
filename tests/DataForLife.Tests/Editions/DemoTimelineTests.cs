using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Demo;

namespace DataForLife.Tests.Editions;

public sealed class DemoTimelineTests
{
    [Theory]
    [InlineData(DemoStage.Registration, "registration")]
    public void The_stages_window_is_open_at_the_moment_of_seeding(DemoStage stage, string phase)
    {
        var now = new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero);
        var plan = EditionSamples.Plan2023;

        var placed = DemoTimeline.PlaceAt(plan.Timeline, stage, now);

        Assert.True(TimelineView.At(plan with { Timeline = placed }, now).IsOpen(phase));
        Assert.Equal(plan.Timeline.Select(p => p.EndsAt - p.StartsAt), placed.Select(p => p.EndsAt - p.StartsAt));
    }
}
