namespace DataForLife.Population.Generation;

/// <summary>
/// A slot is one registration code (000-299: the provinces, unused codes and the countries of births registered
/// abroad), one century/sex digit (0-3) and one two-digit year: the first six digits of a number. Each slot has one
/// counter of serial positions 0-999,999, shared by every record, clean or not, and a permutation keyed by the
/// (secret) seed turns positions into the six random-looking digits. Positions are taken in the order records are
/// written, so neither the digits nor the positions tell a labelled record from any other.
/// </summary>
internal static class IdentitySlots
{
    public const int Capacity = 1_000_000;
    public const int Codes = 300;
    public const int SlotCount = Codes * 4 * 100;

    public static int Slot(int code, Sex sex, int birthYear) =>
        (((code * 4) + CenturyDigit(sex, birthYear)) * 100) + (birthYear % 100);

    public static int CenturyDigit(Sex sex, int birthYear) => (((birthYear / 100) - 19) * 2) + (sex == Sex.Female ? 1 : 0);

    public static int Code(int slot) => slot / 400;

    public static int Digit(int slot) => slot / 100 % 4;

    public static int YearDigits(int slot) => slot % 100;
}
