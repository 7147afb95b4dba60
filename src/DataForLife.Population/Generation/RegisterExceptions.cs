using DataForLife.Population.Randomness;

namespace DataForLife.Population.Generation;

/// <summary>
/// The legitimate exceptions of a real register, in clean data, so that rules which assume a tidy world raise false
/// alarms: lodgers registered apart from their families (a dormitory or a boarding house: many unrelated adults at
/// one address), married people whose spouse is elsewhere or abroad, people sharing a name and a birth date with a
/// stranger, and deaths of the last three months whose residence is not yet struck off. Rates are design choices
/// (docs/population.md); twins, births abroad, relatives outside the file and mixed place names are in
/// <see cref="FamilyBuilder"/>.
/// </summary>
internal sealed class RegisterExceptions(FamilyBuilder family)
{
    public const double HomonymChance = 0.009;
    public const double RecentDeathChance = 0.004;
    public const int RecentDeathDays = 90;

    /// <summary>4-8 students of a dormitory, or young workers of a boarding house, each a household of one at one address.</summary>
    public void Lodgers(HouseholdContext house)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        var dormitory = random.Chance(0.5);
        chunk.Households[house.Slot].Dormitory = dormitory;
        chunk.Households[house.Slot].Urban = true;
        var places = family.Factory.Book.Places;
        var rootless = 0;
        for (var n = random.Between(4, 8); n > 0; n--)
        {
            var home = places.Draw(random);
            house.Ethnicity = (byte)family.Factory.Book.Ethnicities.Draw(random, home);
            house.Religion = (byte)family.Factory.Book.Religions.Draw(random, home, house.Ethnicity);
            var age = dormitory ? random.Between(18, 23) : random.Between(18, 35);
            var sex = random.Chance(dormitory ? 0.5 : 0.65) ? Sex.Male : Sex.Female;
            house.Head = chunk.Count;
            var lodger = family.Add(house, sex, PersonFactory.BirthDateForAge(random, age), Relation.Head, home,
                random.Chance(0.85) ? home : places.Draw(random), family.Factory.DrawFamily(random, home, house.Ethnicity), -1, MaritalStatus.Single);
            // At most three lodgers of one house without parents, so that a boarding house never looks like a farm
            // of rootless adults (four or more) to a careful reader.
            if (rootless == 3 || random.Chance(0.85))
            {
                chunk.People[lodger].Father = family.AddPhantom(house, lodger, Sex.Male, random.Between(23, 35));
                chunk.People[lodger].Mother = family.AddPhantom(house, lodger, Sex.Female, random.Between(20, 32));
            }
            else
            {
                rootless++;
            }
        }
    }

    /// <summary>One in seven people living alone in mid-life is married to someone elsewhere: a spouse outside the file, or abroad with no number.</summary>
    public void MaybeMarriedApart(HouseholdContext house, int head)
    {
        var random = house.Random;
        if (!random.Chance(1 / 7.0))
        {
            return;
        }

        var chunk = house.Chunk;
        chunk.People[head].Marital = MaritalStatus.Married;
        if (random.Chance(2 / 3.0))
        {
            var spouse = family.AddPhantom(house, head, chunk.People[head].Sex == Sex.Male ? Sex.Female : Sex.Male, random.Between(-6, 2));
            if (spouse >= 0)
            {
                chunk.People[head].Spouse = spouse;
                chunk.People[spouse].Spouse = head;
            }
        }
    }

    public static void AfterHousehold(HouseholdContext house)
    {
        var random = house.Random;
        if (random.Chance(HomonymChance))
        {
            Homonym(house);
        }

        if (random.Chance(RecentDeathChance))
        {
            RecentDeath(house);
        }
    }

    /// <summary>The head takes the full name and birth date of an unrelated person of an earlier household (a homonym).</summary>
    private static void Homonym(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var head = house.Head;
        if (head < 0 || chunk.People[head].IsDead || HasChildrenHere(house, head)
            || chunk.People[head].Father >= house.First || chunk.People[head].Mother >= house.First)
        {
            // Their dates must keep agreeing with a parent's or a child's in the same household.
            return;
        }

        ref var person = ref chunk.People[head];
        var sex = person.Sex;
        var age = person.AgeAt(Ages.RegisterDate);
        // A stranger among the last few hundred records: any earlier household would do, and scanning all is slow.
        var source = Candidates.Pick(chunk, random, Math.Max(0, house.First - 400), house.First, p => p.Sex == sex && !p.IsDead && p.Household >= 0
            && Math.Abs(p.AgeAt(Ages.RegisterDate) - age) <= 6 && p.AgeAt(Ages.RegisterDate) >= 20);
        if (source < 0)
        {
            return;
        }

        ref readonly var twin = ref chunk.People[source];

        // A third of homonyms come from the same province: common names are common in one place too.
        if (random.Chance(0.35))
        {
            person.Hometown = twin.Hometown;
        }

        person.Family = twin.Family;
        person.Middle1 = twin.Middle1;
        person.Middle2 = twin.Middle2;
        person.Given = twin.Given;
        person.SetBirth(twin.BirthDate);
        person.NumberYear = person.BirthYear;
    }

    /// <summary>A member aged 55 or more died in the last three months; the residence is still registered.</summary>
    private static void RecentDeath(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var target = Candidates.Pick(chunk, random, house.First, chunk.Count, p => Candidates.LivingMember(p) && p.AgeAt(Ages.RegisterDate) >= 55);
        if (target >= 0)
        {
            chunk.People[target].SetDeath(Ages.RegisterDate.AddDays(-random.Between(1, RecentDeathDays)));
            chunk.People[target].Touched = true;
        }
    }

    private static bool HasChildrenHere(HouseholdContext house, int parent)
    {
        for (var i = house.First; i < house.Chunk.Count; i++)
        {
            if (house.Chunk.People[i].Father == parent || house.Chunk.People[i].Mother == parent)
            {
                return true;
            }
        }

        return false;
    }
}
