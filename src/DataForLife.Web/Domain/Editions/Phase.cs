namespace DataForLife.Web.Domain.Editions;

/// <summary>A window of the timeline, from <see cref="StartsAt"/> (inclusive) to <see cref="EndsAt"/> (exclusive).</summary>
public sealed record Phase(string Code, LocalizedText Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public bool IsOpenAt(DateTimeOffset now) => now >= StartsAt && now < EndsAt;
}
