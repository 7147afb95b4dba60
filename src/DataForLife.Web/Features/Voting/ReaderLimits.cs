using System.Net;
using System.Threading.RateLimiting;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Limits on our own voting page: per address (one school or office shares one, so it is generous) and per verified
/// reader. Partner calls do not pass here: they come from the partner's few servers and have their key's own limit.
/// Kept in memory: each instance allows its share (<see cref="InstanceShare"/>) of each limit, which is what the
/// instances together allow when the proxy spreads requests evenly; a vote never waits on a shared counter.
/// </summary>
public sealed class ReaderLimits(Infrastructure.Operations.InstanceShare share) : IDisposable
{
    public const int PerAddressPerMinute = 120;
    public const int PerVoterPerHour = 60;

    private readonly PartitionedRateLimiter<string> _addresses = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = share.Of(PerAddressPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _voters = PartitionedRateLimiter.Create<string, string>(voter =>
        RateLimitPartition.GetFixedWindowLimiter(voter, _ => new FixedWindowRateLimiterOptions { PermitLimit = share.Of(PerVoterPerHour), Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    public bool TryAcquire(IPAddress? address, string voterKey)
    {
        using var byAddress = _addresses.AttemptAcquire(address?.ToString() ?? "unknown");
        if (!byAddress.IsAcquired)
        {
            return false;
        }

        using var byVoter = _voters.AttemptAcquire(voterKey);
        return byVoter.IsAcquired;
    }

    public void Dispose()
    {
        _addresses.Dispose();
        _voters.Dispose();
    }
}
