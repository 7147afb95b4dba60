namespace DataForLife.Population;

/// <summary>Progress of a generation run that another thread can read at any time (for a progress bar).</summary>
public sealed class RecordCounter : IProgress<long>
{
    private long _records;

    public long Records => Interlocked.Read(ref _records);

    public void Report(long value) => Interlocked.Exchange(ref _records, value);
}
