namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// How many instances serve the platform behind the proxy (<c>Platform:Instances</c>), and so each one's share of a
/// limit that is kept in memory: the proxy spreads requests evenly, so an instance allows its share and all of them
/// together allow the whole limit, with no database round trip on the hot path (see docs/decisions).
/// </summary>
public sealed record InstanceShare
{
    public InstanceShare(int instances)
    {
        Instances = instances >= 1 ? instances : throw new ArgumentOutOfRangeException(nameof(instances), instances, "At least one instance.");
    }

    public int Instances { get; }

    public static InstanceShare FromConfiguration(IConfiguration configuration) => new(configuration.GetValue("Platform:Instances", 1));

    /// <summary>This instance's share of <paramref name="limit"/>: rounded up, and never less than one.</summary>
    public int Of(int limit) => limit <= 0 ? limit : Math.Max(1, (limit + Instances - 1) / Instances);
}
