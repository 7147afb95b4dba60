namespace DataForLife.Web.Infrastructure;

/// <summary>Where a request stands in a critical section (<see cref="CriticalSections"/>).</summary>
public enum SectionMark
{
    Arrived,
    Inside,
}
