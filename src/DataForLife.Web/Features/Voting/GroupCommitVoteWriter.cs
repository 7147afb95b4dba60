using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Group commit: requests hand their vote to this one writer and wait; the writer takes every vote that is waiting
/// (up to <see cref="MaxBatch"/>), stores them in one transaction, and only after the commit tells each request
/// whether its vote was counted or already there. Under load one commit (one fsync) serves hundreds of votes; when
/// quiet a vote waits for nothing but its own commit. On shutdown the queue is closed and drained.
/// The writer keeps its own connection open (reopened after a failure); on SQLite it commits with SQLite's default
/// <c>synchronous=FULL</c>, so an acknowledged vote is on the disk, not only in the operating system's cache.
/// </summary>
public sealed class GroupCommitVoteWriter(IServiceScopeFactory scopes, PlatformMetrics metrics, Infrastructure.CriticalSections sections, ILogger<GroupCommitVoteWriter> logger) : BackgroundService, IVoteWriter
{
    public const int MaxBatch = 1000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(50_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private DbConnection? _connection;
    private VoteInsert? _insert;

    public async Task<VoteOutcome> WriteAsync(VoteBallot ballot, CancellationToken cancellationToken)
    {
        var pending = new Pending(ballot);
        await sections.ArrivedAsync("vote.write", cancellationToken);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued, the vote is written even if the caller goes away: the answer may be lost, never the vote.
        return await pending.Outcome.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await CommitAsync(batch);
                batch.Clear();
            }
        }
        finally
        {
            await CloseAsync();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        var outcomes = new VoteOutcome[batch.Count];
        using var activity = PlatformMetrics.Traces.StartActivity("vote batch");
        activity?.SetTag("dfl.vote.batch.size", batch.Count);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The writer is the section: one batch at a time, and within it the unique index decides duplicates.
            await sections.InsideAsync("vote.write", CancellationToken.None);
            var insert = await OpenAsync();
            await using var transaction = await _connection!.BeginTransactionAsync();
            insert.Transaction = transaction;
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = await insert.ExecuteAsync(batch[i].Ballot, CancellationToken.None) ? VoteOutcome.Counted : VoteOutcome.AlreadyCounted;
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "A batch of {Count} votes could not be stored; their senders are told to try again.", batch.Count);
            await CloseAsync();
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(new VoteNotStoredException(exception));
                Record(pending, "not_stored");
            }

            return;
        }

        metrics.DatabaseTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", "vote_batch"));
        metrics.VoteBatchSize.Record(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Outcome.TrySetResult(outcomes[i]);
            Record(batch[i], outcomes[i] == VoteOutcome.Counted ? "counted" : "already_counted");
        }
    }

    /// <summary>The writer's own connection, opened like the application's but kept for the writer's lifetime.</summary>
    private async Task<VoteInsert> OpenAsync()
    {
        if (_insert is not null)
        {
            return _insert;
        }

        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database;
        var connection = DbProviderFactories.GetFactory(database.GetDbConnection())?.CreateConnection()
            ?? throw new InvalidOperationException("The database provider cannot create connections.");
        connection.ConnectionString = database.GetConnectionString();
        try
        {
            await connection.OpenAsync();
            if (connection is SqliteConnection)
            {
                await using var pragma = connection.CreateCommand();
                // A larger page cache than SQLite's 2 MB keeps the unique index's pages in memory between batches.
                pragma.CommandText = "PRAGMA cache_size=-65536;";
                await pragma.ExecuteNonQueryAsync();
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _connection = connection;
        _insert = new VoteInsert(connection);
        return _insert;
    }

    private async Task CloseAsync()
    {
        _insert?.Dispose();
        _insert = null;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private void Record(Pending pending, string outcome)
    {
        metrics.VoteWait.Record(Stopwatch.GetElapsedTime(pending.QueuedAt).TotalSeconds);
        metrics.Votes.Add(1, new KeyValuePair<string, object?>("source", pending.Ballot.Source.ToString()), new KeyValuePair<string, object?>("outcome", outcome));
    }

    private sealed class Pending(VoteBallot ballot)
    {
        public VoteBallot Ballot { get; } = ballot;

        public long QueuedAt { get; } = Stopwatch.GetTimestamp();

        public TaskCompletionSource<VoteOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The database refused a batch; the vote was not stored and may be sent again.</summary>
public sealed class VoteNotStoredException(Exception inner) : Exception("The vote was not stored.", inner);
