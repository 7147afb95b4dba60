using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Incidents that add records, built as a household of their own in the next household position. Their sources are
/// records of the chunk built before; the shuffle scatters both through the file.
/// </summary>
internal sealed class CarrierAnomalies(HouseholdGenerator households)
{
    private PlaceBook Places => households.Book.Places;

    private FamilyBuilder Family => households.Family;

    public bool TryBuild(HouseholdContext house, long household, AnomalyClass anomaly, int previousStart, int limit)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var size = anomaly == AnomalyClass.AddressFarm ? random.Between(5, 7) : 1;
        var source = anomaly switch
        {
            AnomalyClass.AddressFarm => -1,
            AnomalyClass.SyntheticIdentity or AnomalyClass.Ghost => Candidates.Pick(chunk, random, Math.Max(0, chunk.Count - 2_000), chunk.Count, p => p.IsDead && p.Household < 0),
            AnomalyClass.DuplicateRecord => Candidates.Pick(chunk, random, previousStart, chunk.Count, Candidates.LivingMember),
            _ => Candidates.Pick(chunk, random, previousStart, chunk.Count, Candidates.LivingAdult),
        };
        if (chunk.WrittenSoFar + size > limit || (anomaly != AnomalyClass.AddressFarm && source < 0))
        {
            return false;
        }

        var group = chunk.NewGroup();
        var residence = anomaly == AnomalyClass.IdentityTrading ? ElsewhereThan(random, chunk.Households[chunk.People[source].Household].Residence) : null;
        households.Begin(house, household, residence);
        var first = chunk.Count;
        switch (anomaly)
        {
            case AnomalyClass.DuplicateRecord: Duplicate(house, source); break;
            case AnomalyClass.OnePersonTwoNumbers: SecondNumber(house, source); break;
            case AnomalyClass.SharedNumber: Impostor(house, source); break;
            case AnomalyClass.IdentityTrading: Buyer(house, source); break;
            case AnomalyClass.SyntheticIdentity: Synthetic(house, source); break;
            case AnomalyClass.Ghost: Ghost(house, source); break;
            default: Farm(house, size); break;
        }

        if (source >= 0)
        {
            chunk.People[source].Touched = true;
            if (anomaly is not (AnomalyClass.SyntheticIdentity or AnomalyClass.Ghost))
            {
                chunk.Label(source, anomaly, group);
            }
        }

        for (var i = first; i < chunk.Count; i++)
        {
            chunk.People[i].Touched = true;
            if (!chunk.People[i].Phantom)
            {
                chunk.Label(i, anomaly, group);
            }
        }

        return true;
    }

    /// <summary>
    /// The same person entered twice under the same number: an exact copy two times in five, otherwise the second entry
    /// differs as a clerk's would (the name typed without diacritics or with a slip, or living at another address).
    /// </summary>
    private static void Duplicate(HouseholdContext house, int source)
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
    private void SecondNumber(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var copy = ref chunk.Add();
        copy = chunk.People[source];
        var registration = random.Chance(0.5) ? Places.All[copy.Registration] : Places.Draw(random);
        copy.Registration = (byte)registration.Index;
        copy.Abroad = 0;
        copy.RegistrationCommune = (short)random.Between(1, registration.SuccessorCommunes);
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

    /// <summary>Another person, of the same sex and birth year (so the number's digits still fit), using the source's number.</summary>
    private void Impostor(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var original = chunk.People[source];
        var born = original.BirthDate;
        for (var tries = 0; tries < 8 && born == original.BirthDate; tries++)
        {
            born = DateOnly.FromDayNumber(random.Between(new DateOnly(original.BirthYear, 1, 1).DayNumber,
                Math.Min(new DateOnly(original.BirthYear, 12, 31).DayNumber, Ages.RegisterDate.DayNumber - 1)));
        }

        var registration = Places.All[original.Registration];
        var impostor = Family.Add(house, original.Sex, born, Relation.Head, registration, Places.Draw(random),
            Family.Factory.DrawFamily(random, registration, house.Ethnicity), -1, MaritalStatus.Single);
        for (var tries = 0; tries < 8 && chunk.People[impostor].Family == original.Family; tries++)
        {
            chunk.People[impostor].Family = Family.Factory.DrawFamily(random, Places.Draw(random), house.Ethnicity);
        }

        chunk.People[impostor].NumberOf = source;
        chunk.People[impostor].Abroad = original.Abroad;
    }

    /// <summary>
    /// Someone who bought a person's identity and lives under it in another province: the same number, name, birth
    /// date and sex, but another hometown, other parents and the ethnic group and religion of the new place.
    /// </summary>
    private void Buyer(HouseholdContext house, int source)
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
    private void Synthetic(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        ref var fake = ref chunk.Add();
        fake = chunk.People[source];
        fake.DeathYear = 0;
        fake.DeathMonth = fake.DeathDay = 0;
        var registration = Places.Draw(random);
        fake.Registration = (byte)registration.Index;
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
    private void Ghost(HouseholdContext house, int source)
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

    /// <summary>Unrelated adults of all ages with different family names and no recorded parents, each a household of one at the same house.</summary>
    private void Farm(HouseholdContext house, int size)
    {
        var random = house.Random;
        var chunk = house.Chunk;
        var first = chunk.Count;
        for (var n = 0; n < size; n++)
        {
            var sex = random.Chance(0.6) ? Sex.Male : Sex.Female;
            var registration = Places.Draw(random);
            house.Head = chunk.Count;
            var member = Family.Add(house, sex, PersonFactory.BirthDateForAge(random, random.Between(22, 60)), Relation.Head, registration,
                random.Chance(0.85) ? registration : Places.Draw(random), Family.Factory.DrawFamily(random, registration, house.Ethnicity), -1,
                random.Chance(0.7) ? MaritalStatus.Single : MaritalStatus.Divorced);
            for (var tries = 0; tries < 12 && SharesFamily(chunk, first, member); tries++)
            {
                chunk.People[member].Family = Family.Factory.DrawFamily(random, Places.Draw(random), house.Ethnicity);
            }
        }
    }

    /// <summary>The record heads a household of its own at the carrier's address.</summary>
    private static void MoveOut(HouseholdContext house, ref PersonRecord person)
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
    private static void VaryName(RandomStream random, ref PersonRecord person)
    {
        var roll = random.Below(5);
        person.NoiseArgument = (byte)random.Below(256);
        person.Noise = roll == 0 ? Noise.MissingDiacritics : roll == 1 ? Noise.Typo : Noise.None;
        if (roll == 2 && person.Middle2 >= 0)
        {
            person.Middle2 = -1;
        }
    }

    private Place ElsewhereThan(RandomStream random, int residence)
    {
        var successor = Places.All[residence].Province.Successor2025Code;
        var place = Places.Draw(random);
        for (var tries = 0; tries < 16 && place.Province.Successor2025Code == successor; tries++)
        {
            place = Places.Draw(random);
        }

        return place;
    }

    private static bool SharesFamily(Chunk chunk, int first, int member)
    {
        for (var i = first; i < member; i++)
        {
            if (chunk.People[i].Family == chunk.People[member].Family)
            {
                return true;
            }
        }

        return false;
    }
}
