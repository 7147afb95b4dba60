using DataForLife.Population.Generation;

namespace DataForLife.Population.Output;

/// <summary>
/// The one sequential step: chunks take their turn in index order to learn where their records, groups and serial
/// positions start. This is what makes the output independent of the number of threads. The chunk that reaches the
/// wanted count is regenerated with the exact remainder as its limit, and ends the file.
/// </summary>
internal sealed class SerialLedger(long target)
{
    private readonly int[] _slots = new int[IdentitySlots.SlotCount];
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

        if (_records + chunk.Written >= target)
        {
            if (_records + chunk.Written > target)
            {
                worker.Generate(chunk, chunk.Index, (int)(target - _records));
            }

            Finished = true;
        }

        foreach (var slot in chunk.TouchedSlots)
        {
            var start = _slots[slot];
            var count = chunk.CountOf(slot);
            if (start + count > IdentitySlots.Capacity)
            {
                throw new InvalidOperationException($"Identity slot {slot} is full; this cannot happen below GenerationOptions.MaxCount records.");
            }

            chunk.SetBase(slot, start);
            _slots[slot] = start + count;
        }

        chunk.RecordOffset = _records;
        chunk.GroupOffset = _groups;
        _records += chunk.Written;
        _groups += chunk.GroupCount;
        return true;
    }
}
