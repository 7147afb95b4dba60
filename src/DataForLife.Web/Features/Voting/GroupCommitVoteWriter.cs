using System.Threading.Channels;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Group commit: requests hand their vote to this one writer and wait; the writer takes every vote that is waiting
/// (up to <see cref="MaxBatch"/>), stores them in one transaction, and only after the commit tells each request
/// whether its vote was counted or already there. Under load one commit (one fsync) serves hundreds of votes; when
/// quiet a vote waits for nothing but its own commit. On shutdown the queue is closed and drained.
/// </summary>
public sealed class GroupCommitVoteWriter(IServiceScopeFactory scopes, ILogger<GroupCommitVoteWriter> logger) : BackgroundService, IVoteWriter
{
    public const int MaxBatch = 1000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(50_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public async Task<VoteOutcome> WriteAsync(VoteBallot ballot, CancellationToken cancellationToken)
    {
        var pending = new Pending(ballot);
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

    private async Task CommitAsync(List<Pending> batch)
    {
        var outcomes = new VoteOutcome[batch.Count];
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            using (var insert = new VoteInsert(connection, transaction))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    outcomes[i] = await insert.ExecuteAsync(batch[i].Ballot, CancellationToken.None) ? VoteOutcome.Counted : VoteOutcome.AlreadyCounted;
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "A batch of {Count} votes could not be stored; their senders are told to try again.", batch.Count);
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(new VoteNotStoredException(exception));
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Outcome.TrySetResult(outcomes[i]);
        }
    }

    private sealed class Pending(VoteBallot ballot)
    {
        public VoteBallot Ballot { get; } = ballot;

        public TaskCompletionSource<VoteOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The database refused a batch; the vote was not stored and may be sent again.</summary>
public sealed class VoteNotStoredException(Exception inner) : Exception("The vote was not stored.", inner);
