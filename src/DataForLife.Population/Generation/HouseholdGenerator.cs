using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Builds one clean household: residence drawn by census population, ethnicity by province and religion by
/// ethnicity and province, then one of seven compositions whose weights were tuned so that the people, taken
/// together, follow the age pyramid (§3.4), the sex ratio (§3.1) and a mean household size near the census 3.6.
/// Clean data carries the exceptions a real register has (<see cref="RegisterExceptions"/>).
/// </summary>
internal sealed class HouseholdGenerator(ReferenceBook book, ulong seed)
{
    private static readonly long[] CompositionWeights = [130, 140, 385, 65, 200, 85, 6];

    private readonly AliasTable _compositions = new(CompositionWeights);
    private readonly AddressMaker _addresses = new(seed);

    public FamilyBuilder Family { get; } = new(new PersonFactory(book));

    private RegisterExceptions Exceptions => field ??= new RegisterExceptions(Family);

    public ReferenceBook Book { get; } = book;


    /// <summary>Places the household: address, ethnicity and religion shared by its members.</summary>
    public void Begin(HouseholdContext house, long household, Place? residence = null)
    {
        var random = house.Random;
        residence ??= Book.Places.Draw(random);
        house.Residence = residence;
        house.Chunk.Households[house.Slot] = _addresses.Make(random, residence, household);
        house.Ethnicity = (byte)Book.Ethnicities.Draw(random, residence);
        house.Religion = (byte)Book.Religions.Draw(random, residence, house.Ethnicity);
        house.Head = -1;
        house.First = house.Chunk.Count;
    }

    public void Generate(HouseholdContext house, long household)
    {
        Begin(house, household);
        var random = house.Random;
        switch ((Composition)_compositions.Sample(random))
        {
            case Composition.Single: Single(house); break;
            case Composition.Couple: Couple(house, young: random.Chance(0.1)); break;
            case Composition.Nuclear: Nuclear(house); break;
            case Composition.SingleParent: SingleParent(house); break;
            case Composition.ThreeGenerations: ThreeGenerations(house); break;
            case Composition.ElderHeaded: ElderHeaded(house); break;
            default: Exceptions.Lodgers(house); break;
        }

        Mortality.Apply(house);
        RegisterExceptions.AfterHousehold(house);
    }

    private void Single(HouseholdContext house)
    {
        var random = house.Random;
        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            // Young people living alone are mostly men: women marry four years earlier (facts §3.8) and leave home
            // for a husband's household, men for work (design share).
            Family.AddHead(house, random.Chance(0.85) ? Sex.Male : Sex.Female, AgePyramid.Draw(random, 20, 34), MaritalStatus.Single);
        }
        else if (roll < 0.68)
        {
            var head = Family.AddHead(house, random.Chance(0.55) ? Sex.Male : Sex.Female, AgePyramid.Draw(random, 35, 64),
                random.Chance(0.5) ? MaritalStatus.Divorced : MaritalStatus.Single);
            Exceptions.MaybeMarriedApart(house, head);
        }
        else
        {
            // Old people living alone are mostly widows: 11% of women 15+ are widowed against 2% of men (facts §3.8).
            var head = Family.AddHead(house, random.Chance(0.75) ? Sex.Female : Sex.Male, AgePyramid.Draw(random, 65, 100), MaritalStatus.Widowed);
            if (random.Chance(0.3))
            {
                AddDeceasedSpouse(house, head);
            }
        }
    }

    private void Couple(HouseholdContext house, bool young)
    {
        var random = house.Random;
        var wifeAge = young ? AgePyramid.Draw(random, 20, 30) : AgePyramid.Draw(random, 48, 88);
        AddCouple(house, wifeAge);
    }

    private void Nuclear(HouseholdContext house)
    {
        var (husband, wife) = AddCouple(house, AgePyramid.Draw(house.Random, 25, 55));
        Family.AddChildren(house, husband, wife, Relation.Child);
    }

    private void SingleParent(HouseholdContext house)
    {
        var random = house.Random;
        var roll = random.NextDouble();
        var marital = roll < 0.45 ? MaritalStatus.Divorced : roll < 0.8 ? MaritalStatus.Widowed : MaritalStatus.Single;
        var sex = random.Chance(0.75) ? Sex.Female : Sex.Male;
        var parent = Family.AddHead(house, sex, AgePyramid.Draw(random, 24, 55), marital);
        Family.AddChildren(house, sex == Sex.Male ? parent : -1, sex == Sex.Female ? parent : -1, Relation.Child);
    }

    /// <summary>A couple with children and the husband's parent(s): the head's mother 19-32 years older, father 22-34.</summary>
    private void ThreeGenerations(HouseholdContext house)
    {
        var random = house.Random;
        var (husband, wife) = AddCouple(house, AgePyramid.Draw(random, 24, 50), husbandHeads: 1.0);
        Family.AddChildren(house, husband, wife, Relation.Child);
        var headAge = house.Chunk.People[husband].AgeAt(Ages.RegisterDate);
        var fatherAge = Math.Min(100, headAge + random.Between(22, 34));
        var motherAge = Math.Min(100, headAge + random.Between(19, 32));
        var fatherLives = Survival.Survives(random, Sex.Male, fatherAge - headAge, fatherAge);
        var motherLives = Survival.Survives(random, Sex.Female, motherAge - headAge, motherAge);
        if (!fatherLives && !motherLives)
        {
            // The household has at least one elder (a couple alone is another composition).
            motherLives = true;
        }

        var father = AddElder(house, husband, Sex.Male, fatherAge, fatherLives);
        var mother = AddElder(house, husband, Sex.Female, motherAge, motherLives);
        SettleElders(house.Chunk, father, mother);
    }

    /// <summary>
    /// An elder head (or widow) with a married son, his wife and their children; in one such home in three the son's
    /// family is registered as a household of its own at the same address (several households under one roof).
    /// </summary>
    private void ElderHeaded(HouseholdContext house)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        int father;
        int mother;
        if (random.Chance(0.75))
        {
            (father, mother) = AddCouple(house, AgePyramid.Draw(random, 50, 80), husbandHeads: 1.0);
        }
        else
        {
            mother = Family.AddHead(house, Sex.Female, AgePyramid.Draw(random, 60, 95), MaritalStatus.Widowed);
            father = random.Chance(0.5) ? AddDeceasedSpouse(house, mother) : -1;
        }

        var motherAge = chunk.People[mother].AgeAt(Ages.RegisterDate);
        var ownHousehold = random.Chance(1 / 3.0);
        var son = Family.Add(house, Sex.Male, PersonFactory.BirthDateForAge(random, Math.Max(22, motherAge - random.Between(20, 36))),
            ownHousehold ? Relation.Head : Relation.Child, random.Chance(0.9) ? house.Residence : Book.Places.All[chunk.People[house.Head].Registration],
            Book.Places.All[chunk.People[father >= 0 ? father : mother].Hometown], chunk.People[father >= 0 ? father : mother].Family,
            chunk.People[mother].Family, MaritalStatus.Married);
        chunk.People[son].Father = father;
        chunk.People[son].Mother = mother;
        if (father >= 0 && chunk.People[father].IsDead)
        {
            // A late father died after his son's first birthday.
            var earliest = chunk.People[son].BirthDate.AddYears(1).DayNumber;
            var latest = Ages.RegisterDate.AddDays(-200).DayNumber;
            var died = DateOnly.FromDayNumber(Math.Max(earliest, chunk.People[father].BirthDate.AddYears(45).DayNumber));
            chunk.People[father].SetDeath(DateOnly.FromDayNumber(Math.Min(latest, random.Between(died.DayNumber, Math.Max(died.DayNumber, latest)))));
        }

        if (ownHousehold)
        {
            house.Head = son;
        }

        var sonAge = chunk.People[son].AgeAt(Ages.RegisterDate);
        var daughterInLaw = Family.AddSpouse(house, son, Math.Max(20, sonAge - random.Between(0, 6)), ownHousehold ? Relation.Wife : Relation.DaughterInLaw);
        Family.AddChildren(house, son, daughterInLaw, ownHousehold ? Relation.Child : Relation.Grandchild);
    }

    /// <summary>
    /// A married couple; the husband heads it most of the time. Husbands are mostly 0-6 years older; the couple's ages
    /// straddle the drawn age (half the gap each way), so that neither sex is shifted in age against the other.
    /// </summary>
    private (int Husband, int Wife) AddCouple(HouseholdContext house, int anchorAge, double husbandHeads = 0.85)
    {
        var random = house.Random;
        var gap = random.Chance(0.8) ? random.Between(0, 6) : random.Between(-2, 10);
        var wifeAge = Math.Max(18, anchorAge - (gap / 2));
        var husbandAge = Math.Clamp(wifeAge + gap, 20, 100);
        if (random.Chance(husbandHeads))
        {
            var husband = Family.AddHead(house, Sex.Male, husbandAge, MaritalStatus.Married);
            return (husband, Family.AddSpouse(house, husband, wifeAge, Relation.Wife));
        }

        var wife = Family.AddHead(house, Sex.Female, wifeAge, MaritalStatus.Married);
        return (Family.AddSpouse(house, wife, husbandAge, Relation.Husband), wife);
    }

    private int AddElder(HouseholdContext house, int child, Sex sex, int age, bool lives) =>
        lives ? Family.AddParent(house, child, sex, age, dead: false)
        : house.Random.Chance(0.5) ? Family.AddParent(house, child, sex, age, dead: true) : -1;

    private static void SettleElders(Chunk chunk, int father, int mother)
    {
        var fatherAlive = father >= 0 && !chunk.People[father].IsDead;
        var motherAlive = mother >= 0 && !chunk.People[mother].IsDead;
        if (fatherAlive && motherAlive)
        {
            FamilyBuilder.Marry(chunk, father, mother);
        }
        else if (fatherAlive || motherAlive)
        {
            chunk.People[fatherAlive ? father : mother].Marital = MaritalStatus.Widowed;
        }
    }

    /// <summary>The late husband or wife of a widowed member: a record with a death date and no residence.</summary>
    private int AddDeceasedSpouse(HouseholdContext house, int survivor)
    {
        var random = house.Random;
        ref readonly var widow = ref house.Chunk.People[survivor];
        var sex = widow.Sex == Sex.Male ? Sex.Female : Sex.Male;
        var age = Math.Min(100, widow.AgeAt(Ages.RegisterDate) + (sex == Sex.Male ? random.Between(0, 6) : -random.Between(0, 4)));
        var registration = random.Chance(0.7) ? Book.Places.All[widow.Registration] : Book.Places.Draw(random);
        var hometown = random.Chance(0.85) ? registration : Book.Places.Draw(random);
        var born = PersonFactory.BirthDateForAge(random, age);
        var dead = Family.Add(house, sex, born, Relation.None, registration, hometown, Family.Factory.DrawFamily(random, hometown, house.Ethnicity), -1, MaritalStatus.Married);
        var earliest = Math.Max(born.AddYears(45).DayNumber, Ages.RegisterDate.AddYears(-30).DayNumber);
        var latest = Ages.RegisterDate.AddDays(-200).DayNumber;
        house.Chunk.People[dead].SetDeath(DateOnly.FromDayNumber(random.Between(Math.Min(earliest, latest), latest)));
        house.Chunk.People[dead].NewEra = random.Chance(0.1);
        return dead;
    }
}
