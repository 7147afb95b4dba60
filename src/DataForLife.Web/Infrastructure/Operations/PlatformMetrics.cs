using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// The platform's own instruments (meter <see cref="MeterName"/>), scraped at <c>/metrics</c> beside ASP.NET Core's
/// request metrics and Npgsql's: votes by outcome, the vote writer's batches and waits, the outbox's depth and
/// failures, text messages that could not be handed over, database time, and scheduled jobs.
/// </summary>
public sealed class PlatformMetrics
{
    public const string MeterName = "DataForLife";

    /// <summary>The source of the platform's own trace spans (the vote writer's batches, scheduled jobs).</summary>
    public static readonly ActivitySource Traces = new(MeterName);

    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private long _outboxDepth;

    public PlatformMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        Votes = meter.CreateCounter<long>("dfl.votes", "{vote}", "Votes answered, by source and outcome (counted, already_counted, not_stored).");
        VoteBatchSize = meter.CreateHistogram("dfl.vote.batch.size", "{vote}", "Votes committed together by the group-commit writer.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] });
        VoteWait = meter.CreateHistogram("dfl.vote.wait", "s", "From a vote handed to the writer to its answer (queue, insert and commit).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        DatabaseTime = meter.CreateHistogram("dfl.db.command.duration", "s", "Time spent in database commands, by operation.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        OutboxFailures = meter.CreateCounter<long>("dfl.outbox.failures", "{message}", "E-mails whose sending failed (each attempt; retried with back-off).");
        EmailsSent = meter.CreateCounter<long>("dfl.outbox.sent", "{message}", "E-mails handed to the transport.");
        SmsFailures = meter.CreateCounter<long>("dfl.sms.failures", "{message}", "Text messages the SMS sender did not take.");
        JobRuns = meter.CreateCounter<long>("dfl.jobs.runs", "{run}", "Scheduled job turns, by job and outcome (ran, skipped: another instance held it, failed).");
        meter.CreateObservableGauge("dfl.outbox.depth", () => Interlocked.Read(ref _outboxDepth), "{message}", "E-mails not yet sent, as of the outbox's last sweep.");
    }

    public Counter<long> Votes { get; }

    public Histogram<int> VoteBatchSize { get; }

    public Histogram<double> VoteWait { get; }

    public Histogram<double> DatabaseTime { get; }

    public Counter<long> OutboxFailures { get; }

    public Counter<long> EmailsSent { get; }

    public Counter<long> SmsFailures { get; }

    public Counter<long> JobRuns { get; }

    public void SetOutboxDepth(long depth) => Interlocked.Exchange(ref _outboxDepth, depth);
}
