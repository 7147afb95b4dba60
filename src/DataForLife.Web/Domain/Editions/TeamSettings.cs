namespace DataForLife.Web.Domain.Editions;

/// <summary>The plan does not say how large a team may be; 1 to 5 people is our default.</summary>
public sealed record TeamSettings
{
    public int MinSize { get; init; } = 1;
    public int MaxSize { get; init; } = 5;
}
