using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;

namespace DataForLife.Tests.Support;

public static class EditionSamples
{
    /// <summary>The plan's 2023 edition exactly as kept in editions/2023.json.</summary>
    public static EditionDefinition Plan2023 => EditionFiles.All().Single(e => e.Id == "2023").Definition;

    public static DateTimeOffset Vietnam(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}
