using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Incidents that add records, built as a household of their own in the next household position. Their sources are
/// records of the chunk built before; the shuffle scatters both through the file.
/// </summary>
internal sealed class CarrierAnomalies(HouseholdGenerator households)
{
    private readonly IdentityCopies _copies = new(households);

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
            case AnomalyClass.DuplicateRecord: IdentityCopies.Duplicate(house, source); break;
            case AnomalyClass.OnePersonTwoNumbers: _copies.SecondNumber(house, source); break;
            case AnomalyClass.SharedNumber: Impostor(house, source); break;
            case AnomalyClass.IdentityTrading: _copies.Buyer(house, source); break;
            case AnomalyClass.SyntheticIdentity: _copies.Synthetic(house, source); break;
            case AnomalyClass.Ghost: _copies.Ghost(house, source); break;
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
