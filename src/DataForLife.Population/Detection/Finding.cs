namespace DataForLife.Population.Detection;

/// <summary>A record a rule flags: records flagged together (a duplicate pair, a farm) share a group key.</summary>
public sealed record Finding(long RecordId, AnomalyClass Class, string Group, string Reason);
