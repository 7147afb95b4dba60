using DataForLife.Population;

namespace DataForLife.Web.Features.Demo;

/// <summary>A fictitious person taken from the synthetic population, as the demo uses them.</summary>
public sealed record DemoPerson(string Number, string FullName, DateOnly BirthDate, Sex Sex, string Province);
