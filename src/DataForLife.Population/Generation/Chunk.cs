namespace DataForLife.Population.Generation;

/// <summary>
/// A fixed run of households generated together, written in an order shuffled by the (secret) seed. Everything in
/// it depends only on (seed, chunk index) and, for the last chunk, on how many records are still wanted; it is reused
/// from a pool to keep memory flat. A chunk of 4,096 households holds about 14,000 records, more than the organisers'
/// file: the records of one incident end up anywhere in such a file. Larger chunks scatter further but shuffle out of
/// the processor's cache (16,384 households wrote a third fewer records a second).
/// </summary>
internal sealed class Chunk
{
    public const int HouseholdsPerChunk = 4_096;

    private readonly int[] _slotCounts = new int[IdentitySlots.SlotCount];
    private readonly int[] _slotBase = new int[IdentitySlots.SlotCount];
    private readonly List<int> _touched = [];

    public long Index { get; set; }

    public PersonRecord[] People { get; private set; } = new PersonRecord[HouseholdsPerChunk * 5];

    /// <summary>All records, phantoms included.</summary>
    public int Count { get; set; }

    /// <summary>Output position → record: the written records (phantoms excluded) in their shuffled order.</summary>
    public int[] Order { get; private set; } = new int[HouseholdsPerChunk * 5];

    /// <summary>Record → output position, or -1 for a phantom.</summary>
    public int[] PositionOf { get; private set; } = new int[HouseholdsPerChunk * 5];

    /// <summary>Records written to the file.</summary>
    public int Written { get; private set; }

    /// <summary>Records written so far while generating, to stop at a record limit (phantoms do not count).</summary>
    public int WrittenSoFar { get; set; }

    public HouseholdAddress[] Households { get; } = new HouseholdAddress[HouseholdsPerChunk];

    public List<LabelEntry> Labels { get; } = [];

    public int GroupCount { get; set; }

    /// <summary>Index of the chunk's first written record in the file (0-based), set when the chunk takes its turn.</summary>
    public long RecordOffset { get; set; }

    public long GroupOffset { get; set; }

    public IReadOnlyList<int> TouchedSlots => _touched;

    public void Reset(long index)
    {
        Index = index;
        Count = 0;
        Written = 0;
        WrittenSoFar = 0;
        Labels.Clear();
        GroupCount = 0;
        foreach (var slot in _touched)
        {
            _slotCounts[slot] = 0;
        }

        _touched.Clear();
    }

    public ref PersonRecord Add(bool phantom = false)
    {
        if (Count == People.Length)
        {
            var larger = new PersonRecord[People.Length * 2];
            Array.Copy(People, larger, Count);
            People = larger;
        }

        ref var person = ref People[Count++];
        person = default;
        person.Middle1 = person.Middle2 = -1;
        person.Household = person.Father = person.Mother = person.Spouse = person.Head = person.NumberOf = -1;
        person.Phantom = phantom;
        WrittenSoFar += phantom ? 0 : 1;
        return ref person;
    }

    /// <summary>
    /// Shuffles the written records with the chunk's own stream, then gives every own number the next position of
    /// its slot in that order (phantoms last), and copied numbers the position of the record they copy.
    /// </summary>
    public void Finish(Randomness.RandomStream random)
    {
        if (Order.Length < Count)
        {
            Order = new int[Count];
            PositionOf = new int[Count];
        }

        Written = 0;
        for (var i = 0; i < Count; i++)
        {
            PositionOf[i] = -1;
            if (!People[i].Phantom)
            {
                Order[Written++] = i;
            }
        }

        for (var i = Written - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (Order[i], Order[j]) = (Order[j], Order[i]);
        }

        for (var p = 0; p < Written; p++)
        {
            PositionOf[Order[p]] = p;
            Allocate(ref People[Order[p]]);
        }

        for (var i = 0; i < Count; i++)
        {
            if (People[i].Phantom)
            {
                Allocate(ref People[i]);
            }
        }

        for (var i = 0; i < Count; i++)
        {
            if (People[i].NumberOf >= 0)
            {
                People[i].Slot = People[People[i].NumberOf].Slot;
                People[i].SlotPosition = People[People[i].NumberOf].SlotPosition;
            }
        }
    }

    public int CountOf(int slot) => _slotCounts[slot];

    public void SetBase(int slot, int value) => _slotBase[slot] = value;

    /// <summary>The serial position of a person's number across the whole file.</summary>
    public int Position(in PersonRecord person) => _slotBase[person.Slot] + person.SlotPosition;

    public int NewGroup() => GroupCount++;

    public void Label(int record, AnomalyClass anomaly, int group) => Labels.Add(new LabelEntry(record, anomaly, group));

    private void Allocate(ref PersonRecord person)
    {
        if (person.NumberOf >= 0)
        {
            return;
        }

        var slot = IdentitySlots.Slot(person.NumberCode, person.NumberSex, person.NumberYear);
        if (_slotCounts[slot] == 0)
        {
            _touched.Add(slot);
        }

        person.Slot = slot;
        person.SlotPosition = _slotCounts[slot]++;
    }
}
