using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>Draws the attributes of one person: birth date for an age, sex at birth, name, blood group.</summary>
internal sealed class PersonFactory(ReferenceBook book)
{
    private const int OldestAge = 130;

    // The day numbers of the first and last birth dates giving each age on the register date, computed once.
    private static readonly int[] EarliestBirth = [.. Enumerable.Range(0, OldestAge + 1).Select(age => Ages.RegisterDate.AddYears(-(age + 1)).DayNumber + 1)];
    private static readonly int[] LatestBirth = [.. Enumerable.Range(0, OldestAge + 1).Select(age => Math.Min(Ages.RegisterDate.AddYears(-age).DayNumber, Ages.RegisterDate.DayNumber - 1))];

    public ReferenceBook Book { get; } = book;

    /// <summary>A birth date giving exactly this age on the register date.</summary>
    public static DateOnly BirthDateForAge(RandomStream random, int age) =>
        DateOnly.FromDayNumber(random.Between(EarliestBirth[age], LatestBirth[age]));

    /// <summary>Sex at birth: about 111.5 boys per 100 girls for births from 2005 (§3.3), nearer parity before.</summary>
    public static Sex SexAtBirth(RandomStream random, int birthYear)
    {
        var male = birthYear >= 2005 ? 0.525 : birthYear >= 1990 ? 0.51 : 0.5;
        return random.Chance(male) ? Sex.Male : Sex.Female;
    }

    public int DrawFamily(RandomStream random, Place origin) =>
        (origin.IsNorth ? Book.Names.FamilyNorth : Book.Names.FamilySouth).Draw(random);

    /// <summary>
    /// Family + middle name(s) + given name (§3.7). Word counts follow the hoten.org sample for the young and a
    /// simpler 3-word majority for older cohorts; "Văn"/"Thị" decline with birth year (design assumption of §3.7).
    /// A mother's family name sometimes becomes a daughter's first middle name, as the facts observe.
    /// </summary>
    public void Name(ref PersonRecord person, RandomStream random, int family, int motherFamily)
    {
        var names = Book.Names;
        var born = person.BirthYear;
        person.Family = family;
        person.Middle1 = person.Middle2 = -1;
        if (person.Sex == Sex.Male)
        {
            person.Given = names.GivenMale.Draw(random);
            var roll = random.NextDouble();
            if (roll >= 0.01)
            {
                var van = born <= 1980 ? 0.5 : born <= 2000 ? 0.3 : 0.05;
                person.Middle1 = random.Chance(van) ? names.Van : Different(names.MiddleMale, random, person.Given, -1);
            }

            if (roll >= 0.74)
            {
                person.Middle2 = Different(names.MiddleMale, random, person.Given, person.Middle1);
            }

            return;
        }

        person.Given = (born >= 2005 ? names.GivenFemaleYoung : names.GivenFemale).Draw(random);
        var fourWords = random.Chance(born >= 2000 ? 0.65 : 0.3);
        var thi = born <= 1980 ? 0.7 : born <= 2000 ? 0.45 : fourWords ? 0.25 : 0.02;
        person.Middle1 = random.Chance(thi) ? names.Thi
            : fourWords && motherFamily >= 0 && random.Chance(0.15) ? motherFamily
            : Different(names.MiddleFemale, random, person.Given, -1);
        if (fourWords)
        {
            person.Middle2 = Different(names.MiddleFemale, random, person.Given, person.Middle1);
        }
    }

    /// <summary>Blood group: recorded for one person in five (the field is optional by law, §3.9); O 42, B 30, A 22, AB 6; Rh− 0.05%.</summary>
    public static byte BloodGroup(RandomStream random)
    {
        if (!random.Chance(0.2))
        {
            return 0;
        }

        var roll = random.Below(100);
        var abo = roll < 42 ? 1 : roll < 64 ? 2 : roll < 94 ? 3 : 4;
        return (byte)(random.Chance(0.0005) ? abo + 4 : abo);
    }

    private static int Different(WeightedWords words, RandomStream random, int avoid1, int avoid2)
    {
        var word = words.Draw(random);
        for (var tries = 0; tries < 4 && (word == avoid1 || word == avoid2); tries++)
        {
            word = words.Draw(random);
        }

        return word;
    }
}
