namespace DataForLife.Population;

/// <summary>What to generate. The same options give the same bytes on every machine and at every thread count.</summary>
/// <param name="Count">Records to write (0 to <see cref="MaxCount"/>).</param>
/// <param name="AnomalyRate">Approximate share of records carrying a label (0 for a clean file, at most 1; one incident per household at most).</param>
/// <param name="Threads">Worker threads; 1 generates on the calling thread.</param>
public sealed record GenerationOptions(long Count, ulong Seed, OutputFormat Format = OutputFormat.Csv, double AnomalyRate = 0, int Threads = 1)
{
    /// <summary>
    /// Half a billion records. Numbers stay unique far beyond it (a slot of 900,000 clean serials fills at about a
    /// billion), and addresses stay unique to about 120 million records.
    /// </summary>
    public const long MaxCount = 500_000_000;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem => Count < 0 ? "--count must be zero or more."
        : Count > MaxCount ? "--count must be at most 500,000,000."
        : AnomalyRate is < 0 or > 1 || double.IsNaN(AnomalyRate) ? "--anomalies must be a rate between 0 and 1."
        : Threads < 1 ? "--threads must be at least 1."
        : null;
}
