using DataForLife.Population.Generation;

namespace DataForLife.Population.Output;

/// <summary>
/// The one sequential step: chunks take their turn in index order to learn where their records, groups and serial
/// positions start. This is what makes the output independent of the number of threads. The chunk that reaches the
/// wanted count is regenerated with the exact remainder as its limit, and ends the file.
/// </summary>
internal sealed class SerialLedger(long target)
{
    private readonly int[] _counters = new int[IdentitySlots.CounterCount];
    private long _records;
    private long _groups;

    public bool Finished { get; private set; }

    /// <returns>False when the file is already complete and the chunk is not needed.</returns>
    public bool Take(Chunk chunk, ChunkWorker worker)
    {
        if (Finished)
        {
            return false;
        }

        if (_records + chunk.Count >= target)
        {
            if (_records + chunk.Count > target)
            {
                worker.Generate(chunk, chunk.Index, (int)(target - _records));
            }

            Finished = true;
        }

        foreach (var counter in chunk.TouchedCounters)
        {
            var start = _counters[counter];
            var count = chunk.CountOf(counter);
            if (start + count > IdentitySlots.Capacity(counter))
            {
                throw new InvalidOperationException($"Identity slot {IdentitySlots.SlotOf(counter)} is full; this cannot happen below GenerationOptions.MaxCount records.");
            }

            chunk.SetBase(counter, start);
            _counters[counter] = start + count;
        }

        chunk.RecordOffset = _records;
        chunk.GroupOffset = _groups;
        _records += chunk.Count;
        _groups += chunk.GroupCount;
        return true;
    }
}
