using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Demo;

/// <summary>Moves a whole timeline so that the window of a stage is open at the given moment.</summary>
public static class DemoTimeline
{
    /// <summary>The window that is open at each stage, and how far into it "now" falls.</summary>
    private static (string Phase, double Fraction) AnchorOf(DemoStage stage) => stage switch
    {
        DemoStage.Registration => ("registration", 0.3),
        DemoStage.Submission => ("submission", 0.8),
        DemoStage.Round1 => ("round1", 0.5),
        DemoStage.Voting => ("voting", 0.5),
        DemoStage.Round2 => ("round2", 0.9),
        DemoStage.Final => ("final", 0.5),
        DemoStage.Finished => ("final", 1.5),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static IReadOnlyList<Phase> PlaceAt(IReadOnlyList<Phase> timeline, DemoStage stage, DateTimeOffset now)
    {
        var (code, fraction) = AnchorOf(stage);
        var anchor = timeline.FirstOrDefault(p => p.Code == code)
            ?? throw new InvalidOperationException($"The timeline has no '{code}' window.");
        var point = anchor.StartsAt + ((anchor.EndsAt - anchor.StartsAt) * fraction);
        var shift = now - point;

        // Whole days keep the demo's dates readable.
        shift = TimeSpan.FromDays(Math.Round(shift.TotalDays));
        return [.. timeline.Select(p => p with { StartsAt = p.StartsAt + shift, EndsAt = p.EndsAt + shift })];
    }
}
