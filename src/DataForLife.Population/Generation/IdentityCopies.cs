using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Carrier incidents that copy a person: the same person entered twice or under a second number, a bought identity,
/// an identity made of a dead person's parts, a dead person kept alive. Each copy lives at the carrier's address.
/// </summary>
internal sealed class IdentityCopies(HouseholdGenerator households)
{
    private PlaceBook Places => households.Book.Places;

    private FamilyBuilder Family => households.Family;

    /// <summary>
    /// The same person entered twice under the same number: an exact copy two times in five, otherwise the second entry
    /// differs as a clerk's would (the name typed without diacritics or with a slip, or living at another address).
    /// </summary>
    public static void Duplicate(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var copy = ref chunk.Add();
        copy = chunk.People[source];
        copy.NumberOf = source;
        var roll = random.Below(5);
        if (roll >= 2)
        {
            copy.NewEra = random.Chance(0.5);
            copy.Noise = roll == 2 ? Noise.MissingDiacritics : roll == 3 ? Noise.Typo : Noise.None;
            copy.NoiseArgument = (byte)random.Below(256);
            if (roll == 4)
            {
                MoveOut(house, ref copy);
            }
        }
    }

    /// <summary>
    /// The same person (birth date, sex) with a second valid number, registered in another province half the time,
    /// living at another address: the name often typed differently and the parents or hometown not always carried over.
    /// </summary>
    public void SecondNumber(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var copy = ref chunk.Add();
        copy = chunk.People[source];
        var registration = random.Chance(0.5) ? Places.All[copy.Registration] : Places.Draw(random);
        copy.Registration = (byte)registration.Index;
        copy.Abroad = 0;
        copy.RegistrationCommune = (short)random.Below(registration.Communes.Length);
        copy.NumberFromIdentity(registration.Code);
        copy.NumberOf = -1;
        copy.NewEra = random.Chance(0.5);
        VaryName(random, ref copy);
        if (random.Chance(0.6))
        {
            copy.Father = copy.Mother = -1;
        }

        if (random.Chance(0.5))
        {
            copy.Hometown = (byte)Places.Draw(random).Index;
        }

        MoveOut(house, ref copy);
    }

    /// <summary>
    /// Someone who bought a person's identity and lives under it in another province: the same number, name, birth
    /// date and sex, but another hometown, other parents and the ethnic group and religion of the new place.
    /// </summary>
    public void Buyer(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var buyer = ref chunk.Add();
        buyer = chunk.People[source];
        buyer.NumberOf = source;

        // Half the buyers keep the hometown the bought papers give; the others write their own.
        buyer.Hometown = random.Chance(0.5) ? buyer.Hometown : (byte)Places.Draw(random).Index;
        buyer.Ethnicity = house.Ethnicity;
        buyer.Religion = house.Religion;
        buyer.NewEra = random.Chance(0.5);
        buyer.Father = buyer.Mother = -1;
        buyer.Marital = random.Chance(0.5) ? MaritalStatus.Single : MaritalStatus.Divorced;
        var index = chunk.Count - 1;
        MoveOut(house, ref chunk.People[index]);
        if (random.Chance(0.4))
        {
            chunk.People[index].Father = Family.AddPhantom(house, index, Sex.Male, random.Between(23, 35));
        }
    }

    /// <summary>
    /// An identity built from a dead person's parts: their name (often slightly changed), birth date, sex, hometown and
    /// parents, under a new valid number, living at an address of its own.
    /// </summary>
    public void Synthetic(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var fake = ref chunk.Add();
        fake = chunk.People[source];
        fake.DeathYear = 0;
        fake.DeathMonth = fake.DeathDay = 0;
        var registration = Places.Draw(random);
        fake.Registration = (byte)registration.Index;
        fake.RegistrationCommune = (short)random.Below(registration.Communes.Length);
        fake.Abroad = 0;
        fake.NumberFromIdentity(registration.Code);
        fake.NumberOf = -1;
        fake.NewEra = random.Chance(0.7);
        fake.Spouse = -1;
        fake.Marital = random.Chance(0.6) ? MaritalStatus.Single : MaritalStatus.Divorced;
        if (random.Chance(0.35))
        {
            fake.Hometown = (byte)registration.Index;
        }

        if (random.Chance(0.5))
        {
            fake.Father = fake.Mother = -1;
        }

        VaryName(random, ref fake);
        MoveOut(house, ref fake);
    }

    /// <summary>A dead person kept alive: a living, registered record under the deceased's own number and name.</summary>
    public void Ghost(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var ghost = ref chunk.Add();
        ghost = chunk.People[source];
        ghost.NumberOf = source;
        ghost.DeathYear = 0;
        ghost.DeathMonth = ghost.DeathDay = 0;
        ghost.Spouse = -1;
        ghost.Marital = random.Chance(0.5) ? MaritalStatus.Married : MaritalStatus.Widowed;
        ghost.NewEra = random.Chance(0.7);

        // Three ghosts in ten go by a changed middle name, as a revived identity often does.
        if (random.Chance(0.3))
        {
            ghost.Middle1 = households.Family.Factory.DrawGiven(random, ghost);
        }

        MoveOut(house, ref ghost);
    }

    /// <summary>The record heads a household of its own at the carrier's address.</summary>
    public static void MoveOut(HouseholdContext house, ref PersonRecord person)
    {
        person.Household = house.Slot;
        person.Relation = Relation.Head;
        person.Head = house.Chunk.Count - 1;
        person.Spouse = -1;
        if (person.Marital == MaritalStatus.Married && house.Random.Chance(0.5))
        {
            person.Marital = MaritalStatus.Divorced;
        }
    }

    /// <summary>The name as another clerk wrote it: without diacritics, with a slip, or without a middle name; unchanged two times in five.</summary>
    public static void VaryName(RandomStream random, ref PersonRecord person)
    {
        var roll = random.Below(5);
        person.NoiseArgument = (byte)random.Below(256);
        person.Noise = roll == 0 ? Noise.MissingDiacritics : roll == 1 ? Noise.Typo : Noise.None;
        if (roll == 2 && person.Middle2 >= 0)
        {
            person.Middle2 = -1;
        }
    }
}
