using System.Collections.Concurrent;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A small in-memory cache for values read on every request of a hot path (the vote API's edition state and partner
/// keys). Each key is loaded by one caller at a time, never by every request that finds it expired at once; once a
/// value has been loaded, requests keep getting it while its replacement loads, so an expiry costs no request a
/// database round trip. A failed load is not kept: the next request tries again. <see cref="Forget"/> drops a value
/// at once (the next request waits for a fresh load), for changes this instance makes itself. Values that
/// <c>keep</c> refuses (such as "no such edition") are returned but not kept, so that made-up keys cannot fill memory.
/// </summary>
public sealed class RefreshingCache<TKey, TValue>(
    TimeSpan freshFor, TimeProvider clock, Func<TKey, CancellationToken, Task<TValue>> load, Func<TValue, bool>? keep = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public ValueTask<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        var entry = _entries.GetOrAdd(key, static (k, state) => state.Cache.Start(k, state.Now, hasStale: false, stale: default), (Cache: this, Now: now));
        if (entry.IsExpiredAt(now, freshFor, clock))
        {
            var next = entry.HasValue ? Start(key, now, hasStale: true, entry.Value) : Start(key, now, entry.HasStale, entry.Stale);
            entry = _entries.TryUpdate(key, next, entry) ? next : _entries.GetOrAdd(key, next);
        }

        var loading = entry.Load.Value;
        if (loading.IsCompletedSuccessfully)
        {
            return ValueTask.FromResult(loading.Result);
        }

        return entry.HasStale ? ValueTask.FromResult(entry.Stale!) : new ValueTask<TValue>(loading.WaitAsync(cancellationToken));
    }

    public void Forget(TKey key) => _entries.TryRemove(key, out _);

    // Loads run without the request's token: many requests share one load, and one leaving must not cancel it.
    private Entry Start(TKey key, long now, bool hasStale, TValue? stale)
    {
        Entry? entry = null;
        entry = new Entry(now, hasStale, stale, new Lazy<Task<TValue>>(() => LoadAsync(key, entry!)));
        return entry;
    }

    private async Task<TValue> LoadAsync(TKey key, Entry entry)
    {
        var value = await load(key, CancellationToken.None);
        if (keep is not null && !keep(value))
        {
            _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
        }

        return value;
    }

    private sealed class Entry(long loadedAt, bool hasStale, TValue? stale, Lazy<Task<TValue>> load)
    {
        public long LoadedAt { get; } = loadedAt;

        public bool HasStale { get; } = hasStale;

        public TValue? Stale { get; } = stale;

        public Lazy<Task<TValue>> Load { get; } = load;

        public bool HasValue => Load.IsValueCreated && Load.Value.IsCompletedSuccessfully;

        public TValue Value => Load.Value.Result;

        /// <summary>Failed, or loaded and too old; a load still running is never replaced.</summary>
        public bool IsExpiredAt(long now, TimeSpan freshFor, TimeProvider clock) =>
            Load.IsValueCreated && Load.Value.IsCompleted && (!Load.Value.IsCompletedSuccessfully || clock.GetElapsedTime(LoadedAt, now) >= freshFor);
    }
}
