namespace DataForLife.Population.Detection;

/// <summary>The records with their parsed facts and an index by identity number, shared by all rules.</summary>
internal sealed class DetectionContext
{
    public DetectionContext(IReadOnlyList<PopulationRecord> records)
    {
        var addresses = new AddressKeys();
        Facts = [.. records.Select(r => new RecordFacts(r, addresses))];
        ByNumber = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Number.Length == 0)
            {
                continue;
            }

            if (!ByNumber.TryGetValue(records[i].Number, out var list))
            {
                ByNumber[records[i].Number] = list = [];
            }

            list.Add(i);
        }
    }

    public IReadOnlyList<RecordFacts> Facts { get; }

    public Dictionary<string, List<int>> ByNumber { get; }

    /// <summary>The one record holding a number; null when none does or several do (links through shared numbers are left to the number rules).</summary>
    public RecordFacts? Single(string number) =>
        ByNumber.TryGetValue(number, out var list) && list.Count == 1 ? Facts[list[0]] : null;

    public bool Exists(string number) => ByNumber.ContainsKey(number);
}
