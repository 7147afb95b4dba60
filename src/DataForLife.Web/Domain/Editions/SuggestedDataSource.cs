namespace DataForLife.Web.Domain.Editions;

/// <summary>A data set the plan points teams to; <see cref="Provider"/> is organiser, partner or open.</summary>
public sealed record SuggestedDataSource(string Provider, LocalizedText Name);
