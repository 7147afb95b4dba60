namespace DataForLife.Population.Detection;

/// <summary>What one rule found.</summary>
public sealed record RuleResult(string Rule, AnomalyClass Class, string Description, IReadOnlyList<Finding> Findings);
