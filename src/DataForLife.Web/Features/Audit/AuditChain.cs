using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataForLife.Web.Domain.Audit;

namespace DataForLife.Web.Features.Audit;

/// <summary>How an audit entry's hash is computed, and how the chain is checked.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are kept to the millisecond so that every database returns exactly what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    public static string HashOf(AuditEntry entry)
    {
        var canonical = string.Join('\n',
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            entry.ActorId ?? string.Empty,
            entry.ActorName,
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.EditionId ?? string.Empty,
            entry.BeforeJson ?? string.Empty,
            entry.AfterJson ?? string.Empty,
            entry.Reason ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The sequence number of the first entry that does not match its hash or its predecessor, if any.</summary>
    public static async Task<long?> FirstBreakAsync(IAsyncEnumerable<AuditEntry> entriesInOrder, CancellationToken cancellationToken = default)
    {
        var previousHash = Genesis;
        var expectedSequence = 1L;
        await foreach (var entry in entriesInOrder.WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence || entry.PreviousHash != previousHash || HashOf(entry) != entry.Hash)
            {
                return entry.Sequence;
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return null;
    }
}
