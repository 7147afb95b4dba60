using DataForLife.Web.Domain.Messages;

namespace DataForLife.Web.Features.Messages;

/// <summary>A segment as the organisers choose it: its value for the form and what they read.</summary>
public sealed record SegmentChoice(Segment Segment, string Label);
