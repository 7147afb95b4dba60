namespace DataForLife.Population.Generation;

/// <summary>The kinds of household the generator builds, with their weights in per mille.</summary>
internal enum Composition
{
    Single,
    Couple,
    Nuclear,
    SingleParent,
    ThreeGenerations,
    ElderHeaded,
    Lodgers,
}
