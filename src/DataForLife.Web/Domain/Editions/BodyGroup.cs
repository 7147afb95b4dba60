namespace DataForLife.Web.Domain.Editions;

/// <summary>A group within a body, such as one of the jury's three groups, with its lead and members.</summary>
public sealed record BodyGroup(string Code, LocalizedText Name, LocalizedText Lead, LocalizedText Members, int MemberCount);
