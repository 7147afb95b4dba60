namespace DataForLife.Web.Domain.Editions;

/// <summary>A body of the contest (steering committee, organising committee, jury, council, mentors, support team).</summary>
public sealed record Body(string Code, LocalizedText Name, LocalizedText Composition)
{
    public IReadOnlyList<BodyGroup> Groups { get; init; } = [];
}
