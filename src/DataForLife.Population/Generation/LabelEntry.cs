namespace DataForLife.Population.Generation;

/// <summary>A label inside a chunk: positions and groups are local until the chunk's place in the file is known.</summary>
internal readonly record struct LabelEntry(int Record, AnomalyClass Class, int Group);
