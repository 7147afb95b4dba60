namespace DataForLife.Web.Domain.Editions;

/// <summary>One of the contest's pillars, such as Digital Government; a team may enter more than one.</summary>
public sealed record Category(string Code, LocalizedText Name, LocalizedText Serves);
