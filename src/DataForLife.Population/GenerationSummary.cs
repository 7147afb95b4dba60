namespace DataForLife.Population;

/// <summary>What a generation run wrote.</summary>
public sealed record GenerationSummary(long Records, long LabelledRecords, long Groups, IReadOnlyDictionary<AnomalyClass, long> LabelsByClass);
