using System.Collections.Concurrent;
using DataForLife.Population.Generation;

namespace DataForLife.Population.Output;

/// <summary>
/// Runs chunks through generate → take a turn in the ledger → format on worker threads and writes them in index
/// order on the calling thread. At most a few chunks per worker are in flight, so memory stays flat at any count.
/// </summary>
internal sealed class GenerationPipeline(GenerationOptions options, RecordSink sink, Stream? labels, IProgress<long>? progress)
{
    private readonly SerialLedger _ledger = new(options.Count);
    private readonly ConcurrentBag<Chunk> _chunks = [];
    private readonly ConcurrentBag<FormattedChunk> _outputs = [];
    private readonly Dictionary<long, FormattedChunk> _ready = [];
    private readonly object _turnLock = new();
    private readonly object _readyLock = new();
    private long _turn;
    private long _next;
    private Exception? _failure;

    public GenerationSummary Run(CancellationToken cancellationToken)
    {
        sink.Begin();
        labels?.Write("record_id,class,kind,tier,group_id\n"u8);
        var summary = options.Count == 0 ? new Totals() : options.Threads == 1 ? RunOnCallingThread(cancellationToken) : RunOnWorkers(cancellationToken);
        sink.End();
        labels?.Flush();
        return summary.ToSummary();
    }

    private Totals RunOnCallingThread(CancellationToken cancellationToken)
    {
        var worker = new ChunkWorker(options);
        var totals = new Totals();
        var chunk = new Chunk();
        var output = new FormattedChunk();
        for (long index = 0; !_ledger.Finished; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Produce(worker, chunk, output, index, cancellationToken);
            Write(output, totals);
        }

        return totals;
    }

    private Totals RunOnWorkers(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var inFlight = new SemaphoreSlim(options.Threads * 3);
        var threads = Enumerable.Range(0, options.Threads).Select(_ => new Thread(() => Work(inFlight, stop)) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        var totals = new Totals();
        try
        {
            for (long index = 0; ; index++)
            {
                var output = WaitFor(index, stop.Token);
                Write(output, totals);
                var last = output.IsLast;
                _outputs.Add(output);
                inFlight.Release();
                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            stop.Cancel();
            threads.ForEach(t => t.Join());
        }

        return totals;
    }

    private void Work(SemaphoreSlim inFlight, CancellationTokenSource stop)
    {
        var worker = new ChunkWorker(options);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                inFlight.Wait(stop.Token);
                var index = Interlocked.Increment(ref _next) - 1;
                var chunk = _chunks.TryTake(out var free) ? free : new Chunk();
                var output = _outputs.TryTake(out var spare) ? spare : new FormattedChunk();
                var needed = Produce(worker, chunk, output, index, stop.Token);
                _chunks.Add(chunk);
                if (!needed)
                {
                    _outputs.Add(output);
                    return;
                }

                lock (_readyLock)
                {
                    _ready.Add(index, output);
                    Monitor.PulseAll(_readyLock);
                }

            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception failure) when (failure is InvalidOperationException or IOException)
        {
            _failure = failure;
            stop.Cancel();
        }
    }

    /// <summary>Generates chunk <paramref name="index"/>, waits for its turn in the ledger, then formats it.</summary>
    private bool Produce(ChunkWorker worker, Chunk chunk, FormattedChunk output, long index, CancellationToken cancellationToken = default)
    {
        // A chunk never holds more than the whole file: generating with the target as a limit gives the same chunk
        // when it is smaller, and spares generating records a small file would cut.
        worker.Generate(chunk, index, (int)Math.Min(int.MaxValue, options.Count));
        bool needed;
        lock (_turnLock)
        {
            while (_turn != index)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_turnLock, 50);
            }

            needed = _ledger.Take(chunk, worker);
            _turn++;
            Monitor.PulseAll(_turnLock);
        }

        if (!needed)
        {
            return false;
        }

        output.Reset(index);
        output.IsLast = _ledger.Finished && chunk.RecordOffset + chunk.Written == options.Count;
        worker.Format(chunk, output);
        return true;
    }

    private FormattedChunk WaitFor(long index, CancellationToken cancellationToken)
    {
        lock (_readyLock)
        {
            FormattedChunk? output;
            while (!_ready.Remove(index, out output))
            {
                if (_failure is { } failure)
                {
                    throw new InvalidOperationException(failure.Message, failure);
                }

                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_readyLock, 50);
            }

            return output;
        }
    }

    private void Write(FormattedChunk output, Totals totals)
    {
        sink.Write(output);
        labels?.Write(output.Labels.Written);
        totals.Add(output);
        progress?.Report(totals.Records);
    }

    private sealed class Totals
    {
        private readonly long[] _byClass = new long[AnomalyClasses.All.Count];

        public long Records { get; private set; }

        private long Labelled { get; set; }

        private long Groups { get; set; }

        public void Add(FormattedChunk output)
        {
            Records += output.Count;
            Labelled += output.LabelledRecords;
            Groups += output.Groups;
            for (var i = 0; i < _byClass.Length; i++)
            {
                _byClass[i] += output.LabelsByClass[i];
            }
        }

        public GenerationSummary ToSummary() => new(Records, Labelled, Groups,
            AnomalyClasses.All.Where(c => _byClass[(int)c] > 0).ToDictionary(c => c, c => _byClass[(int)c]));
    }
}
