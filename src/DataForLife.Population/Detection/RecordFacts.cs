using System.Globalization;
using DataForLife.Population.Generation;

namespace DataForLife.Population.Detection;

/// <summary>What the rules need to know about one record, parsed once.</summary>
internal sealed class RecordFacts
{
    public RecordFacts(PopulationRecord record, AddressKeys addresses)
    {
        Record = record;
        Sex = record.Sex switch { "Nam" => Population.Sex.Male, "Nữ" => Population.Sex.Female, _ => null };
        BirthYearWritten = YearOf(record.BirthDate);
        Born = ParseDate(record.BirthDate);
        Died = ParseDate(record.DeathDate);
        IsDead = record.DeathDate.Length > 0;
        HasImpossibleDate = Born is not { } born || born >= Ages.RegisterDate || Ages.Between(born, Ages.RegisterDate) > 120
            || (IsDead && (Died is not { } died || died < born || died >= Ages.RegisterDate));
        NameKey = Population.Reference.VietnameseText.Fold(record.FullName).ToLowerInvariant();
        AddressKey = record.Residence.Length == 0 ? "" : addresses.Normalise(record.Residence);
        LinkageName = NameMatch.Key(record.FullName);
        HometownUnit = addresses.Normalise(record.Hometown);
    }

    public PopulationRecord Record { get; }

    public Sex? Sex { get; }

    public int? BirthYearWritten { get; }

    public DateOnly? Born { get; }

    public DateOnly? Died { get; }

    public bool IsDead { get; }

    /// <summary>A birth or death date that cannot be (30/02, in the future, over 120 years ago, death before birth).</summary>
    public bool HasImpossibleDate { get; }

    /// <summary>The name folded to lower-case ASCII: records that differ only by diacritics are the same name.</summary>
    public string NameKey { get; }

    public string AddressKey { get; }

    /// <summary>The name folded, lower-case, with unconverted Telex keystrokes undone (for matching names as typed).</summary>
    public string LinkageName { get; }

    /// <summary>The hometown as its 2025 unit, whichever era the record names it in.</summary>
    public string HometownUnit { get; }

    public int? Age => Born is { } born && !HasImpossibleDate ? Ages.Between(born, Ages.RegisterDate) : null;

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? YearOf(string text) =>
        text.Length == 10 && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
