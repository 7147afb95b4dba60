using System.Globalization;

namespace DataForLife.Web.Domain;

/// <summary>Every date of the contest is stated in Viet Nam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset ToVietnam(DateTime utc) =>
        ToVietnam(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>
    /// Whether a time typed into a form is one the contest can mean: years 2000 to 2100. Anything else (a missing value
    /// read as year 1, a slip of the keyboard) is refused with a message rather than stored or converted.
    /// </summary>
    public static bool IsPlausible(DateTime wallClock) => wallClock.Year is >= EarliestYear and <= LatestYear;

    public const int EarliestYear = 2000;

    public const int LatestYear = 2100;

    /// <summary>Reads a wall-clock time in Viet Nam (as typed into a form) as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The day in Viet Nam on which an instant falls.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    /// <summary>dd/MM/yyyy HH:mm, the Vietnamese way of writing a moment, whatever the UI language.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string FormatDate(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
