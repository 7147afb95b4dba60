using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DataForLife.Tests.Platform;

public sealed class RefreshingCacheTests
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2023, 9, 30, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Many_requests_that_find_nothing_share_one_load()
    {
        var loads = 0;
        var release = new TaskCompletionSource();
        var cache = new RefreshingCache<string, string>(FreshFor, _clock, async (key, _) =>
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return key + "-1";
        });

        // Fifty threads ask at once, and all of them have asked before the load is let finish.
        var asked = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
        {
            var value = cache.GetAsync("demo", CancellationToken.None).AsTask();
            if (Interlocked.Increment(ref asked) == 50)
            {
                allAsked.SetResult();
            }

            return value;
        })).ToArray();
        await allAsked.Task;
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        release.SetResult();
        var values = await Task.WhenAll(waiting);

        Assert.All(values, v => Assert.Equal("demo-1", v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_fresh_value_is_not_loaded_again()
    {
        var loads = 0;
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, _) => Task.FromResult(Interlocked.Increment(ref loads)));

        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        _clock.Advance(FreshFor - TimeSpan.FromMilliseconds(1));

        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task An_expired_value_is_still_served_while_its_replacement_loads_once()
    {
        var loads = 0;
        var second = new TaskCompletionSource<int>();
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, _) => Interlocked.Increment(ref loads) == 1 ? Task.FromResult(1) : second.Task);
        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        _clock.Advance(FreshFor);

        var duringReload = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            duringReload.Add(await cache.GetAsync("demo", CancellationToken.None));
        }

        second.SetResult(2);
        Assert.All(duringReload, v => Assert.Equal(1, v));
        Assert.Equal(2, await cache.GetAsync("demo", CancellationToken.None));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_failed_load_reaches_its_callers_and_the_next_request_loads_again()
    {
        var loads = 0;
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, _) =>
            Interlocked.Increment(ref loads) == 1 ? Task.FromException<int>(new InvalidOperationException("database down")) : Task.FromResult(7));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("demo", CancellationToken.None).AsTask());

        Assert.Equal(7, await cache.GetAsync("demo", CancellationToken.None));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_value_kept_before_a_failed_reload_is_still_served()
    {
        var loads = 0;
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, _) => Interlocked.Increment(ref loads) switch
        {
            1 => Task.FromResult(1),
            2 => Task.FromException<int>(new InvalidOperationException("database down")),
            _ => new TaskCompletionSource<int>().Task,
        });
        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        _clock.Advance(FreshFor);

        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));
        Assert.Equal(3, loads);
    }

    [Fact]
    public async Task Forget_makes_the_next_request_wait_for_a_fresh_value()
    {
        var loads = 0;
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, _) => Task.FromResult(Interlocked.Increment(ref loads)));
        Assert.Equal(1, await cache.GetAsync("demo", CancellationToken.None));

        cache.Forget("demo");

        Assert.Equal(2, await cache.GetAsync("demo", CancellationToken.None));
    }

    [Fact]
    public async Task Values_refused_by_keep_are_returned_but_loaded_again_next_time()
    {
        var loads = 0;
        var cache = new RefreshingCache<string, string?>(FreshFor, _clock, (_, _) =>
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult<string?>(null);
        }, keep: value => value is not null);

        Assert.Null(await cache.GetAsync("no-such-edition", CancellationToken.None));
        Assert.Null(await cache.GetAsync("no-such-edition", CancellationToken.None));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_shared_load()
    {
        var release = new TaskCompletionSource<int>();
        var cache = new RefreshingCache<string, int>(FreshFor, _clock, (_, token) => release.Task.WaitAsync(token));
        using var leaving = new CancellationTokenSource();

        var first = cache.GetAsync("demo", leaving.Token).AsTask();
        await leaving.CancelAsync();
        release.SetResult(3);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(3, await cache.GetAsync("demo", CancellationToken.None));
    }
}
