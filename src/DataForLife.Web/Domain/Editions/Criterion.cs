namespace DataForLife.Web.Domain.Editions;

/// <summary>One weighted criterion of a round, scored from 0 to <see cref="ScaleMax"/>.</summary>
public sealed record Criterion(string Code, LocalizedText Name, LocalizedText Description, double Weight, int ScaleMax);
