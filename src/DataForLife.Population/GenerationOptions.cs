using System.Security.Cryptography;
using System.Text;

namespace DataForLife.Population;

/// <summary>What to generate. The same options give the same bytes on every machine and at every thread count.</summary>
/// <param name="Count">Records to write (0 to <see cref="MaxCount"/>).</param>
/// <param name="AnomalyRate">Approximate share of records carrying a label (0 for a clean file, at most 1; one incident per household at most).</param>
/// <param name="Threads">Worker threads; 1 generates on the calling thread.</param>
/// <param name="Key">
/// A secret mixed with the seed (HMAC-SHA256): without it, the published seed and the open code cannot reproduce
/// the file or its labels. Null for practice files, which anyone can regenerate from their seed.
/// </param>
public sealed record GenerationOptions(long Count, ulong Seed, OutputFormat Format = OutputFormat.Csv, double AnomalyRate = 0, int Threads = 1, string? Key = null)
{
    /// <summary>
    /// Half a billion records. Numbers stay unique far beyond it (a slot of a million serials fills at about a
    /// billion), and addresses stay unique to about 120 million records.
    /// </summary>
    public const long MaxCount = 500_000_000;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem => Count < 0 ? "--count must be zero or more."
        : Count > MaxCount ? "--count must be at most 500,000,000."
        : AnomalyRate is < 0 or > 1 || double.IsNaN(AnomalyRate) ? "--anomalies must be a rate between 0 and 1."
        : Threads < 1 ? "--threads must be at least 1."
        : Key is { Length: 0 } ? "--key must not be empty."
        : null;

    /// <summary>The seed every random stream derives from: the seed itself, or the seed signed with the key.</summary>
    public ulong EffectiveSeed => Key is null ? Seed
        : BitConverter.ToUInt64(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), BitConverter.GetBytes(Seed)), 0);

    /// <summary>The options without the key, as they may be shown.</summary>
    public override string ToString() => $"{Count} records, seed {Seed}, {Format}, anomalies {AnomalyRate}, {(Key is null ? "no key" : "keyed")}";
}
