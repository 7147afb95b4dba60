using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Adds members to a household: heads and spouses with migration between provinces, children born to a mother aged
/// 18-44, the head's parents, and deceased relatives (who keep their record but lose their residence).
/// </summary>
internal sealed class FamilyBuilder(PersonFactory factory)
{
    private readonly PlaceBook _places = factory.Book.Places;

    public PersonFactory Factory { get; } = factory;

    /// <summary>A person's record with identity, places and name; links are set by the caller.</summary>
    public int Add(HouseholdContext house, Sex sex, DateOnly born, Relation relation, Place registration, Place hometown,
        int family, int motherFamily, MaritalStatus marital)
    {
        var random = house.Random;
        ref var person = ref house.Chunk.Add();
        var index = house.Chunk.Count - 1;
        person.Sex = sex;
        person.SetBirth(born);
        person.Registration = (byte)registration.Index;
        person.RegistrationCommune = (short)random.Between(1, registration.SuccessorCommunes);
        person.RegistrationUrban = random.Chance(0.35);
        person.Hometown = (byte)hometown.Index;
        person.Ethnicity = house.Ethnicity;
        person.Religion = house.Religion;
        person.Marital = marital;
        person.BloodGroup = PersonFactory.BloodGroup(random);
        person.Counter = IdentitySlots.CleanCounter(IdentitySlots.Slot(registration.Code, sex, born.Year));
        person.CounterLocal = house.Chunk.Allocate(person.Counter);
        Factory.Name(ref person, random, family, motherFamily);
        if (relation != Relation.None)
        {
            person.Household = house.Slot;
            person.Relation = relation;
            person.Head = relation == Relation.Head ? index : house.Head;
        }

        return index;
    }

    /// <summary>A head of household: registered at birth in the province of residence four times in five, else a migrant (§3.2).</summary>
    public int AddHead(HouseholdContext house, Sex sex, int age, MaritalStatus marital)
    {
        var random = house.Random;
        var registration = random.Chance(0.8) ? house.Residence : _places.Draw(random);
        var hometown = random.Chance(0.85) ? registration : _places.Draw(random);
        var family = Factory.DrawFamily(random, hometown);
        house.Head = house.Chunk.Count;
        return Add(house, sex, PersonFactory.BirthDateForAge(random, age), Relation.Head, registration, hometown, family, -1, marital);
    }

    /// <summary>A spouse who married into the household, with a reciprocal link.</summary>
    public int AddSpouse(HouseholdContext house, int partner, int age, Relation relation)
    {
        var random = house.Random;
        ref readonly var other = ref house.Chunk.People[partner];
        var sex = other.Sex == Sex.Male ? Sex.Female : Sex.Male;
        var roll = random.NextDouble();
        var registration = roll < 0.5 ? _places.All[other.Registration] : roll < 0.8 ? house.Residence : _places.Draw(random);
        var hometown = random.Chance(0.85) ? registration : _places.Draw(random);
        var spouse = Add(house, sex, PersonFactory.BirthDateForAge(random, age), relation, registration, hometown,
            Factory.DrawFamily(random, hometown), -1, MaritalStatus.Married);
        Marry(house.Chunk, partner, spouse);
        return spouse;
    }

    public static void Marry(Chunk chunk, int a, int b)
    {
        chunk.People[a].Spouse = b;
        chunk.People[b].Spouse = a;
        chunk.People[a].Marital = chunk.People[b].Marital = MaritalStatus.Married;
    }

    /// <summary>
    /// Children still at home (up to 26 years old): the first born when the mother (or lone parent) was 19-30, each
    /// next one 2-5 years later, so mothers are 19-43 by age difference (18-44 at birth, inside the 15-49 window of
    /// the facts). Children who would be older than 26 have left home. They take the father's family name and hometown.
    /// </summary>
    public void AddChildren(HouseholdContext house, int father, int mother, Relation relation)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        var parentAge = chunk.People[mother >= 0 ? mother : father].AgeAt(Ages.RegisterDate);
        var roll = random.Below(100);
        var wanted = roll < 22 ? 1 : roll < 70 ? 2 : roll < 92 ? 3 : 4;
        var age = parentAge - random.Between(19, 30);
        var first = chunk.Count;
        for (var n = 0; n < wanted && age >= 0 && parentAge - age <= 43; n++, age -= random.Between(2, 5))
        {
            if (age > 26)
            {
                continue;
            }

            var born = PersonFactory.BirthDateForAge(random, age);
            var line = father >= 0 ? father : mother;
            var registration = random.Chance(0.93) ? house.Residence : _places.All[chunk.People[line].Registration];
            var motherFamily = mother >= 0 ? chunk.People[mother].Family : -1;
            var child = Add(house, PersonFactory.SexAtBirth(random, born.Year), born, relation, registration,
                _places.All[chunk.People[line].Hometown], chunk.People[line].Family, motherFamily, MaritalStatus.Single);
            chunk.People[child].Father = father;
            chunk.People[child].Mother = mother;
            KeepGivenNameDistinct(chunk, random, first, child);
        }
    }

    /// <summary>A parent of someone in the household; dead parents keep a record with no residence.</summary>
    public int AddParent(HouseholdContext house, int child, Sex sex, int age, bool dead)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        ref readonly var of = ref chunk.People[child];
        var registration = random.Chance(0.85) ? _places.All[of.Registration] : _places.Draw(random);
        var hometown = sex == Sex.Male ? _places.All[of.Hometown] : random.Chance(0.85) ? registration : _places.Draw(random);
        var family = sex == Sex.Male ? of.Family : Factory.DrawFamily(random, hometown);
        var born = PersonFactory.BirthDateForAge(random, age);
        var parent = Add(house, sex, born, dead ? Relation.None : sex == Sex.Male ? Relation.Father : Relation.Mother,
            registration, hometown, family, -1, MaritalStatus.Married);
        if (dead)
        {
            // Died after the child's birth (fathers a year after), and not before turning 40.
            var earliest = Math.Max(chunk.People[child].BirthDate.AddYears(1).DayNumber, born.AddYears(40).DayNumber);
            var latest = Ages.RegisterDate.DayNumber - 1;
            chunk.People[parent].SetDeath(DateOnly.FromDayNumber(earliest <= latest ? random.Between(earliest, latest) : latest));
        }

        if (sex == Sex.Male)
        {
            chunk.People[child].Father = parent;
        }
        else
        {
            chunk.People[child].Mother = parent;
        }

        return parent;
    }

    /// <summary>Parents do not give two of their children the same given name.</summary>
    private void KeepGivenNameDistinct(Chunk chunk, RandomStream random, int first, int child)
    {
        var names = Factory.Book.Names;
        ref var person = ref chunk.People[child];
        var pool = person.Sex == Sex.Male ? names.GivenMale : person.BirthYear >= 2005 ? names.GivenFemaleYoung : names.GivenFemale;
        for (var tries = 0; tries < 8 && SharesGivenName(chunk, first, child); tries++)
        {
            person.Given = pool.Draw(random);
        }
    }

    private static bool SharesGivenName(Chunk chunk, int first, int child)
    {
        for (var sibling = first; sibling < child; sibling++)
        {
            if (chunk.People[sibling].Given == chunk.People[child].Given)
            {
                return true;
            }
        }

        return false;
    }
}
