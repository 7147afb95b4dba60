using DataForLife.Web.Infrastructure;

namespace DataForLife.Web.Features.Audit;

/// <summary>
/// The contest's one lock: decisions that must see every other decision whole are taken under it, one at a time,
/// across every instance of the platform. It is the audit log's append lock (<see cref="AuditLog.InTransactionAsync{T}"/>:
/// an in-process gate, an immediate transaction on SQLite, an advisory lock on PostgreSQL), because each such decision
/// commits with its audit entries anyway; taking one lock for both costs nothing more and leaves no order of two locks
/// to get wrong. Used by a round's publication, pitch slots, quarantines and releases of votes, team registration and
/// joining a team. Whatever can be computed before (a ranking's inputs, a file's checks) is computed before, outside it.
/// </summary>
public sealed class ContestLock(AuditLog audit, CriticalSections sections)
{
    /// <summary>
    /// Runs <paramref name="decide"/> under the lock, in the audit log's transaction, marking the section's door and
    /// inside for tests (<see cref="CriticalSections"/>). As with the audit log, a <c>null</c> result commits nothing.
    /// </summary>
    public async Task<T> DecideAsync<T>(string section, Func<CancellationToken, Task<T>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await sections.ArrivedAsync(section, cancellationToken);
        return await audit.InTransactionAsync(async ct =>
        {
            await sections.InsideAsync(section, ct);
            return await decide(ct);
        }, cancellationToken);
    }
}
