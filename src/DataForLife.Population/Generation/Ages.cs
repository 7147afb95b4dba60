namespace DataForLife.Population.Generation;

/// <summary>Completed years between two dates, and the register's reference date.</summary>
public static class Ages
{
    /// <summary>
    /// The data describe the register on 1 July 2025, the day the 34 provinces took effect: every birth precedes it, so
    /// every number carries one of the 63 old codes, while addresses already name the new provinces.
    /// </summary>
    public static readonly DateOnly RegisterDate = new(2025, 7, 1);

    public static int Between(DateOnly born, DateOnly date)
    {
        var age = date.Year - born.Year;
        return date.Month < born.Month || (date.Month == born.Month && date.Day < born.Day) ? age - 1 : age;
    }
}
