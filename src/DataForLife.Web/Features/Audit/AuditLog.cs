using System.Security.Claims;
using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Audit;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Audit;

/// <summary>
/// Writes decisions to the audit log in the same transaction as the change they describe. Features call
/// <see cref="Record"/> for each decision, then <see cref="SaveChangesAsync"/> instead of the context's own save.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, DatabaseSettings settings, IHttpContextAccessor http, CriticalSections sections)
{
    // Appends are serialised: in this process by the gate, across PostgreSQL instances by an advisory lock,
    // across SQLite processes by the write lock that an immediate transaction takes.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private const long PostgresLockKey = 4_607_2023;
    private readonly List<AuditEntry> _pending = [];

    /// <summary>Who acts when there is no signed-in person, such as the command-line tool.</summary>
    public (string? Id, string Name)? ActorOverride { get; set; }

    public void Record(string action, string entityType, string entityId, object? before = null, object? after = null,
        string? editionId = null, string? reason = null)
    {
        var (actorId, actorName) = CurrentActor();
        _pending.Add(new AuditEntry
        {
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            EditionId = editionId,
            BeforeJson = ToJson(before),
            AfterJson = ToJson(after),
            Reason = reason,
            ActorId = actorId,
            ActorName = actorName,
        });
    }

    /// <summary>Forgets what was recorded and not saved, after a save that failed and will not be retried as it was.</summary>
    public void Discard() => _pending.Clear();

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await InTransactionAsync(_ => Task.FromResult(true), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> inside the audit log's transaction, then appends what was recorded (before or
    /// during the change) and commits both together: for changes that must save before they can be described (a new
    /// row's id) or that update rows in bulk. The change may save and may record; when it returns <c>null</c> for a
    /// reference type, nothing is committed and nothing recorded is kept; when it throws, nothing is committed.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await sections.ArrivedAsync("audit.append", cancellationToken);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
            }

            await sections.InsideAsync("audit.append", cancellationToken);

            var result = await change(cancellationToken);
            if (result is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                _pending.Clear();
                return result;
            }

            var head = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var (sequence, previousHash) = head is null ? (0L, AuditChain.Genesis) : (head.Sequence, head.Hash);
            var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
            foreach (var entry in _pending)
            {
                entry.Sequence = ++sequence;
                entry.AtUtc = now;
                entry.PreviousHash = previousHash;
                entry.Hash = AuditChain.HashOf(entry);
                previousHash = entry.Hash;
                db.AuditEntries.Add(entry);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _pending.Clear();
            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    private (string? Id, string Name) CurrentActor()
    {
        if (ActorOverride is { } actor)
        {
            return actor;
        }

        var user = http.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? string.Empty)
            : (null, "anonymous");
    }

    private static string? ToJson(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(value, EditionJson.Options),
    };
}
