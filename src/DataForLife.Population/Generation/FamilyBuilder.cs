using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Adds members to a household: heads and spouses with migration between provinces, children born to a mother aged
/// 18-44 (twins now and then), the head's parents, deceased relatives (who keep their record but lose their
/// residence), and relatives who live outside the file (phantoms: a number that links point to, and no row).
/// </summary>
internal sealed class FamilyBuilder(PersonFactory factory)
{
    /// <summary>Records whose places are written under the 2025 names (updated since the merger); the rest keep the old ones.</summary>
    public const double NewEraShare = 0.55;

    /// <summary>Births registered abroad: at most 0.1% of records (facts §2.4).</summary>
    public const double AbroadShare = 0.001;

    /// <summary>Twin births per birth (design: about 1%).</summary>
    public const double TwinShare = 0.012;

    private readonly PlaceBook _places = factory.Book.Places;

    public PersonFactory Factory { get; } = factory;

    /// <summary>A person's record with identity, places and name; links are set by the caller.</summary>
    public int Add(HouseholdContext house, Sex sex, DateOnly born, Relation relation, Place registration, Place hometown,
        int family, int motherFamily, MaritalStatus marital, bool phantom = false)
    {
        var random = house.Random;
        ref var person = ref house.Chunk.Add(phantom);
        var index = house.Chunk.Count - 1;
        person.Sex = sex;
        person.SetBirth(born);
        person.Registration = (byte)registration.Index;
        person.RegistrationCommune = (short)random.Below(registration.Communes.Length);
        person.Hometown = (byte)hometown.Index;
        person.Ethnicity = house.Ethnicity;
        person.Religion = house.Religion;
        person.Marital = marital;
        person.NewEra = random.Chance(NewEraShare);
        var abroad = !phantom && random.Chance(AbroadShare) ? Factory.Book.Countries.Draw(random) : null;
        person.Abroad = (byte)(abroad is null ? 0 : abroad.Index + 1);
        person.NumberFromIdentity(abroad?.Code ?? registration.Code);
        if (phantom)
        {
            // No row, so no name to write: only the family line matters (a phantom father passes his on).
            person.Family = family;
            return index;
        }

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
        var family = Factory.DrawFamily(random, hometown, house.Ethnicity);
        house.Head = house.Chunk.Count;
        var head = Add(house, sex, PersonFactory.BirthDateForAge(random, age), Relation.Head, registration, hometown, family, -1, marital);
        AddParentsElsewhere(house, head);
        return head;
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
            Factory.DrawFamily(random, hometown, house.Ethnicity), -1, MaritalStatus.Married);
        Marry(house.Chunk, partner, spouse);
        AddParentsElsewhere(house, spouse);
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
            // Daughters marry and leave home earlier than sons (first marriage at 23.1 and 27.2, facts §3.8).
            if (age > 30)
            {
                continue;
            }

            var born = PersonFactory.BirthDateForAge(random, age);
            if (age > 25 && PersonFactory.SexAtBirth(random, born.Year) == Sex.Female)
            {
                continue;
            }

            var births = random.Chance(TwinShare) ? 2 : 1;
            for (var b = 0; b < births; b++)
            {
                var child = AddChild(house, father, mother, relation, born, first);
                var given = Factory.Book.Words[chunk.People[child - b].Given].Value;
                if (b == 1 && random.Chance(0.25) && Output.Typos.WithoutTone(given) != given)
                {
                    // Twins are often given names that differ by a mark only (Tuyền and Tuyên): written without the tone.
                    chunk.People[child].Given = chunk.People[child - 1].Given;
                    chunk.People[child].Noise = Noise.Typo;
                    chunk.People[child].NoiseArgument = (byte)((5 * (1 + (4 * random.Below(12)))) + 1);
                }
            }
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
        var family = sex == Sex.Male ? of.Family : Factory.DrawFamily(random, hometown, house.Ethnicity);
        var born = PersonFactory.BirthDateForAge(random, age);
        var parent = Add(house, sex, born, dead ? Relation.None : sex == Sex.Male ? Relation.Father : Relation.Mother,
            registration, hometown, family, -1, MaritalStatus.Married);
        if (dead)
        {
            // Died after the child's birth (fathers a year after), and not before turning 40.
            var earliest = Math.Max(chunk.People[child].BirthDate.AddYears(1).DayNumber, born.AddYears(40).DayNumber);
            var latest = Ages.RegisterDate.AddDays(-200).DayNumber;
            chunk.People[parent].SetDeath(DateOnly.FromDayNumber(earliest <= latest ? random.Between(earliest, latest) : latest));
            chunk.People[parent].NewEra = random.Chance(0.1);
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

    /// <summary>
    /// Parents who live elsewhere, outside the file: the register records their numbers on the adult's record
    /// (Law 2014 Art. 9 item 16). More often for the young, whose parents are more often alive and registered.
    /// </summary>
    public void AddParentsElsewhere(HouseholdContext house, int adult)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        var age = chunk.People[adult].AgeAt(Ages.RegisterDate);
        var chance = age < 40 ? 0.45 : age < 60 ? 0.25 : 0.06;
        if (!random.Chance(chance))
        {
            return;
        }

        chunk.People[adult].Father = AddPhantom(house, adult, Sex.Male, random.Between(23, 35));
        if (random.Chance(0.85))
        {
            chunk.People[adult].Mother = AddPhantom(house, adult, Sex.Female, random.Between(20, 32));
        }
    }

    /// <summary>
    /// A relative outside the file: a number (fitting their sex, year and province) and no row; -1 for someone born
    /// before 1900, whom no number was ever given.
    /// </summary>
    public int AddPhantom(HouseholdContext house, int relative, Sex sex, int yearsOlder)
    {
        var random = house.Random;
        ref readonly var of = ref house.Chunk.People[relative];
        var registration = random.Chance(0.7) ? _places.All[of.Registration] : _places.Draw(random);
        var born = of.BirthDate.AddYears(-yearsOlder).AddDays(-random.Between(0, 364));
        if (born.Year < 1900)
        {
            return -1;
        }

        var family = sex == Sex.Male && yearsOlder > 0 ? of.Family : Factory.DrawFamily(random, registration, house.Ethnicity);
        return Add(house, sex, born, Relation.None, registration, registration, family, -1, MaritalStatus.Married, phantom: true);
    }

    private int AddChild(HouseholdContext house, int father, int mother, Relation relation, DateOnly born, int first)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        var line = father >= 0 ? father : mother;
        var registration = random.Chance(0.93) ? house.Residence : _places.All[chunk.People[line].Registration];
        var motherFamily = mother >= 0 ? chunk.People[mother].Family : -1;
        var child = Add(house, PersonFactory.SexAtBirth(random, born.Year), born, relation, registration,
            _places.All[chunk.People[line].Hometown], chunk.People[line].Family, motherFamily, MaritalStatus.Single);
        chunk.People[child].Father = father;
        chunk.People[child].Mother = mother;
        KeepGivenNameDistinct(chunk, random, first, child);
        return child;
    }

    /// <summary>Parents do not give two of their children the same given name.</summary>
    private void KeepGivenNameDistinct(Chunk chunk, RandomStream random, int first, int child)
    {
        ref var person = ref chunk.People[child];
        for (var tries = 0; tries < 8 && SharesGivenName(chunk, first, child); tries++)
        {
            person.Given = Factory.DrawGiven(random, person);
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
