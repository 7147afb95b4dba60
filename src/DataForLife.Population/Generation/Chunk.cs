namespace DataForLife.Population.Generation;

/// <summary>
/// A fixed run of households generated together. Everything in it depends only on (seed, chunk index) and, for the
/// last chunk, on how many records are still wanted; it is reused from a pool to keep memory flat.
/// </summary>
internal sealed class Chunk
{
    public const int HouseholdsPerChunk = 1024;

    private readonly int[] _counterCounts = new int[IdentitySlots.CounterCount];
    private readonly int[] _counterBase = new int[IdentitySlots.CounterCount];
    private readonly List<int> _touched = [];

    public long Index { get; set; }

    public PersonRecord[] People { get; private set; } = new PersonRecord[HouseholdsPerChunk * 5];

    public int Count { get; set; }

    public HouseholdAddress[] Households { get; } = new HouseholdAddress[HouseholdsPerChunk];

    public List<LabelEntry> Labels { get; } = [];

    public int GroupCount { get; set; }

    /// <summary>Index of the chunk's first record in the file (0-based), set when the chunk takes its turn.</summary>
    public long RecordOffset { get; set; }

    public long GroupOffset { get; set; }

    public IReadOnlyList<int> TouchedCounters => _touched;

    public void Reset(long index)
    {
        Index = index;
        Count = 0;
        Labels.Clear();
        GroupCount = 0;
        foreach (var counter in _touched)
        {
            _counterCounts[counter] = 0;
        }

        _touched.Clear();
    }

    public ref PersonRecord Add()
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
        person.Household = person.Father = person.Mother = person.Spouse = person.Head = -1;
        return ref person;
    }

    /// <summary>Takes the next position of a counter within this chunk.</summary>
    public int Allocate(int counter)
    {
        if (_counterCounts[counter] == 0)
        {
            _touched.Add(counter);
        }

        return _counterCounts[counter]++;
    }

    public int CountOf(int counter) => _counterCounts[counter];

    public void SetBase(int counter, int value) => _counterBase[counter] = value;

    /// <summary>The serial position of a person's number across the whole file.</summary>
    public int Position(in PersonRecord person) =>
        _counterBase[person.Counter] + person.CounterLocal + (IdentitySlots.IsAnomalyCounter(person.Counter) ? IdentitySlots.CleanCapacity : 0);

    public int NewGroup() => GroupCount++;

    public void Label(int record, AnomalyClass anomaly, int group) => Labels.Add(new LabelEntry(record, anomaly, group));
}
