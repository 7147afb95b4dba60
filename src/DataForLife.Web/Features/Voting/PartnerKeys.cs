using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Partner keys: created (the key is shown once; only its SHA-256 is kept), listed, revoked. A key reads
/// <c>dfl_{id}_{secret}</c>; the id finds the row, the secret's hash must match.
/// </summary>
public sealed class PartnerKeys(AppDbContext db, AuditLog audit, TimeProvider clock, PartnerKeyCache cache)
{
    public const int MaxRateLimit = 100_000;

    public sealed record Created(PartnerKey Key, string Secret);

    public async Task<IReadOnlyList<PartnerKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.PartnerKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>Creates a key; null with the reason's resource key when the name, edition or limit is not acceptable.</summary>
    public async Task<(Created? Created, string? Error)> CreateAsync(string? name, string? editionId, int rateLimit, string createdBy, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            return (null, "PartnerKeys.NameInvalid");
        }

        if (rateLimit is < 0 or > MaxRateLimit)
        {
            return (null, "PartnerKeys.RateInvalid");
        }

        editionId = string.IsNullOrWhiteSpace(editionId) ? null : editionId.Trim();
        if (editionId is not null && !await db.Editions.AnyAsync(e => e.Id == editionId, cancellationToken))
        {
            return (null, "PartnerKeys.EditionUnknown");
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new PartnerKey
        {
            Name = name, EditionId = editionId, RateLimit = rateLimit, SecretHash = Hash(secret), CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = createdBy,
        };
        // The key and its audit entry commit together: no key exists that the log does not show.
        await audit.InTransactionAsync(async ct =>
        {
            db.PartnerKeys.Add(key);
            await db.SaveChangesAsync(ct);
            audit.Record("partner-key.created", nameof(PartnerKey), key.Id.ToString(CultureInfo.InvariantCulture), after: new { name, edition = editionId, rateLimit }, editionId: editionId);
            return key;
        }, cancellationToken);
        return (new Created(key, Format(key.Id, secret)), null);
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.PartnerKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAtUtc is not null)
        {
            return false;
        }

        key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("partner-key.revoked", nameof(PartnerKey), id.ToString(CultureInfo.InvariantCulture), after: new { key.Name }, editionId: key.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        cache.Forget(id);
        return true;
    }

    public static string Format(int id, string secret) => $"dfl_{id.ToString(CultureInfo.InvariantCulture)}_{secret}";

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Splits <c>dfl_{id}_{secret}</c>; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> key, out int id, out string secret)
    {
        (id, secret) = (0, string.Empty);
        if (!key.StartsWith("dfl_", StringComparison.Ordinal) || key.Length > 200)
        {
            return false;
        }

        var rest = key[4..];
        var separator = rest.IndexOf('_');
        if (separator <= 0 || !int.TryParse(rest[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out id) || separator == rest.Length - 1)
        {
            return false;
        }

        secret = rest[(separator + 1)..].ToString();
        return true;
    }
}

/// <summary>
/// Keys by id, kept in memory for a few seconds (a revocation reaches other instances within that time), and one
/// token bucket per key for its rate limit: this instance's share of it (<see cref="InstanceShare"/>), so that the
/// instances behind the proxy together allow the key's limit without a database round trip per vote.
/// </summary>
public sealed class PartnerKeyCache
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly RefreshingCache<int, PartnerKey?> _keys;
    private readonly ConcurrentDictionary<int, (int Limit, TokenBucketRateLimiter Limiter)> _limiters = new();

    private readonly Infrastructure.Operations.InstanceShare _share;

    public PartnerKeyCache(IServiceScopeFactory scopes, TimeProvider clock, Infrastructure.Operations.InstanceShare share)
    {
        _scopes = scopes;
        _share = share;
        _keys = new(CacheFor, clock, LoadAsync, keep: key => key is not null);
    }

    /// <summary>The active key the header carries, or null (no header, not a key, unknown, revoked, wrong secret).</summary>
    public async ValueTask<PartnerKey?> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !PartnerKeys.TryParse(authorization.AsSpan(7).Trim(), out var id, out var secret))
        {
            return null;
        }

        var key = await FindAsync(id, cancellationToken);
        if (key is null || !key.IsActive)
        {
            return null;
        }

        var given = Encoding.ASCII.GetBytes(PartnerKeys.Hash(secret));
        var kept = Encoding.ASCII.GetBytes(key.SecretHash);
        return CryptographicOperations.FixedTimeEquals(given, kept) ? key : null;
    }

    /// <summary>Takes one request from the key's bucket; false when it is empty (with how long until the next token).</summary>
    public bool TryAcquire(PartnerKey key, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (key.RateLimit <= 0)
        {
            return true;
        }

        var entry = _limiters.AddOrUpdate(key.Id, _ => (key.RateLimit, Create(key.RateLimit)),
            (_, existing) => existing.Limit == key.RateLimit ? existing : (key.RateLimit, Create(key.RateLimit)));
        using var lease = entry.Limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return false;
    }

    public void Forget(int id) => _keys.Forget(id);

    private ValueTask<PartnerKey?> FindAsync(int id, CancellationToken cancellationToken) => _keys.GetAsync(id, cancellationToken);

    private async Task<PartnerKey?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PartnerKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
    }

    private TokenBucketRateLimiter Create(int perSecond) => Bucket(_share.Of(perSecond));

    private static TokenBucketRateLimiter Bucket(int perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perSecond,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
