using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>Draws the attributes of one person: birth date for an age, sex at birth, name by ethnic group and cohort.</summary>
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
        var male = birthYear >= 2005 ? 0.527 : birthYear >= 1990 ? 0.52 : 0.512;
        return random.Chance(male) ? Sex.Male : Sex.Female;
    }

    /// <summary>A family name: the group's own names for the groups whose customs differ, else the Kinh table of the region.</summary>
    public int DrawFamily(RandomStream random, Place origin, int ethnicity) =>
        Ethnic(ethnicity) is { } names ? names.Family.Draw(random)
        : (origin.IsNorth ? Book.Names.FamilyNorth : Book.Names.FamilySouth).Draw(random);

    /// <summary>
    /// Family + middle name(s) + given name (§3.7). Word counts follow the hoten.org sample for the young and a
    /// simpler 3-word majority for older cohorts; "Văn"/"Thị" decline with birth year (design assumption of §3.7).
    /// A mother's family name sometimes becomes a daughter's first middle name, as the facts observe. Groups with
    /// their own customs (Data/ethnic-names.csv) take their own given and middle names where they have them.
    /// </summary>
    public void Name(ref PersonRecord person, RandomStream random, int family, int motherFamily)
    {
        var names = Book.Names;
        var ethnic = Ethnic(person.Ethnicity);
        person.Family = family;
        person.Middle1 = person.Middle2 = -1;
        person.Given = DrawGiven(random, person);
        var ethnicMiddle = person.Sex == Sex.Male ? ethnic?.MiddleMale : ethnic?.MiddleFemale;
        if (ethnicMiddle is not null)
        {
            person.Middle1 = ethnicMiddle.Draw(random);
            return;
        }

        var born = person.BirthYear;
        if (person.Sex == Sex.Male)
        {
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

    /// <summary>
    /// A given name for the person's sex, group and birth cohort: those born before 1960 from the older lists, those
    /// born 1960-1989 from a blend (70% then 30% older), later cohorts from the samples of the young (§3.7).
    /// </summary>
    public int DrawGiven(RandomStream random, in PersonRecord person)
    {
        var names = Book.Names;
        var ethnic = Ethnic(person.Ethnicity);
        if ((person.Sex == Sex.Male ? ethnic?.Male : ethnic?.Female) is { } own)
        {
            return own.Draw(random);
        }

        var born = person.BirthYear;
        var older = born < 1960 || (born < 1975 ? random.Chance(0.7) : born < 1990 && random.Chance(0.3));
        return person.Sex == Sex.Male
            ? (older ? names.GivenMaleOld : names.GivenMale).Draw(random)
            : (older ? names.GivenFemaleOld : born >= 2005 ? names.GivenFemaleYoung : names.GivenFemale).Draw(random);
    }

    public NameStyle StyleOf(int ethnicity) => Ethnic(ethnicity)?.Style ?? NameStyle.FamilyFirst;

    private EthnicNames? Ethnic(int ethnicity) => ethnicity < Book.Names.Ethnic.Count ? Book.Names.Ethnic[ethnicity] : null;

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
