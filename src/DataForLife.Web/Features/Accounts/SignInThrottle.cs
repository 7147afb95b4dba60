using System.Net;
using System.Security.Cryptography;
using System.Text;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure.Throttling;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Limits failed sign-ins by where they come from rather than by whom they target, so that a stranger guessing
/// passwords is stopped without locking the account's owner out: the owner signing in from any other network is never
/// refused. Counts live in the database (<see cref="Throttle"/>), so the limits hold across instances.
/// </summary>
public sealed class SignInThrottle(Throttle throttle)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords for one account from one network (/24 or /48) before that network must wait.</summary>
    public const int PerAccountAndNetwork = 5;

    /// <summary>Failures from one address, whatever the accounts, before it must wait.</summary>
    public const int PerAddress = 50;

    /// <summary>Failures from one network, whatever the accounts: a shared campus network gets room for many people.</summary>
    public const int PerNetwork = 200;

    /// <summary>How long the sign-in must wait, or null when it may go ahead.</summary>
    public async Task<TimeSpan?> WaitAsync(string email, IPAddress? address, CancellationToken cancellationToken)
    {
        foreach (var (key, limit) in Keys(email, address))
        {
            if (await throttle.CountAsync(key, Window, cancellationToken) >= limit)
            {
                return throttle.UntilNextWindow(Window);
            }
        }

        return null;
    }

    /// <summary>Counts a failed sign-in against each of its limits.</summary>
    public async Task FailedAsync(string email, IPAddress? address, CancellationToken cancellationToken)
    {
        foreach (var (key, _) in Keys(email, address))
        {
            await throttle.AddAsync(key, Window, cancellationToken);
        }
    }

    private static IEnumerable<(string Key, int Limit)> Keys(string email, IPAddress? address)
    {
        var network = VoteKeys.Network(address);
        // Hashed: the counters keep no address in plain, and a key has a bounded length whatever was typed.
        var account = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
        yield return ($"sign-in:account:{account}|{network}", PerAccountAndNetwork);
        yield return ($"sign-in:address:{(address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address)?.ToString() ?? "unknown"}", PerAddress);
        yield return ($"sign-in:network:{network}", PerNetwork);
    }
}
