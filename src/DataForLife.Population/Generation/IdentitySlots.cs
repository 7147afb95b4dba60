namespace DataForLife.Population.Generation;

/// <summary>
/// A slot is one registration code (000-099), one century/sex digit (0-3) and one two-digit year: the first six digits
/// of a number. Each slot has two counters: clean numbers take serial positions 0-899,999, numbers made by anomalies
/// take 900,000-999,999, and a keyed permutation turns positions into the six random-looking digits. A number is
/// therefore unique by construction, and an anomaly that re-numbers a person never lands on someone else's number.
/// </summary>
internal static class IdentitySlots
{
    public const int CleanCapacity = 900_000;
    public const int AnomalyCapacity = 100_000;
    public const int SlotCount = 100 * 4 * 100;
    public const int CounterCount = SlotCount * 2;

    public static int Slot(int code, Sex sex, int birthYear) =>
        (((code * 4) + CenturyDigit(sex, birthYear)) * 100) + (birthYear % 100);

    public static int CenturyDigit(Sex sex, int birthYear) => (((birthYear / 100) - 19) * 2) + (sex == Sex.Female ? 1 : 0);

    public static int CleanCounter(int slot) => slot * 2;

    public static int AnomalyCounter(int slot) => (slot * 2) + 1;

    public static int SlotOf(int counter) => counter / 2;

    public static bool IsAnomalyCounter(int counter) => (counter & 1) == 1;

    public static int Code(int slot) => slot / 400;

    public static int Digit(int slot) => slot / 100 % 4;

    public static int YearDigits(int slot) => slot % 100;

    public static int Capacity(int counter) => IsAnomalyCounter(counter) ? AnomalyCapacity : CleanCapacity;
}
