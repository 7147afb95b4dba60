namespace DataForLife.Web.Domain.Messages;

/// <summary>A segment as stored and posted: its kind, and for some kinds a category or round code ("Selected:round2").</summary>
public sealed record Segment(SegmentKind Kind, string? Argument = null)
{
    public static bool NeedsArgument(SegmentKind kind) => kind is SegmentKind.Category or SegmentKind.Selected or SegmentKind.RoundJudges;

    public override string ToString() => Argument is null ? Kind.ToString() : Kind + ":" + Argument;

    public static Segment? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Split(':', 2);
        if (!Enum.TryParse<SegmentKind>(parts[0], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        var argument = parts.Length == 2 ? parts[1] : null;
        return NeedsArgument(kind) == !string.IsNullOrEmpty(argument) ? new Segment(kind, argument) : null;
    }
}
