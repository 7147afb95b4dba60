using DataForLife.Population.Randomness;

namespace DataForLife.Population.Generation;

/// <summary>
/// Decides, household by household, whether an anomaly incident happens, and carries out the ones that add records
/// (a "carrier" household takes the next position: duplicate, second number, shared number, address farm). The ones
/// that change existing records are in <see cref="RecordAnomalies"/>. Each incident gets its own group.
/// </summary>
internal sealed class AnomalyInjector(HouseholdGenerator households, double rate)
{
    // Eleven fraud classes and one bucket for benign noise share the incidents equally.
    private const int Buckets = 12;

    // An incident labels 1.7 records on average and a household holds 3.6, so this many incidents per household
    // make the labelled share of records come out near the requested rate.
    private const double IncidentsPerRecordRate = 3.6 / 1.7;

    private readonly RecordAnomalies _records = new(households.Book);

    public double IncidentChance { get; } = Math.Min(1.0, rate * IncidentsPerRecordRate);

    /// <summary>Rolls for an incident after a clean household; returns the carrier class to build next, if any.</summary>
    public AnomalyClass? AfterHousehold(HouseholdContext house)
    {
        var random = house.Random;
        if (IncidentChance <= 0 || !random.Chance(IncidentChance))
        {
            return null;
        }

        var bucket = (AnomalyClass)random.Below(Buckets);
        if (bucket is AnomalyClass.DuplicateRecord or AnomalyClass.OnePersonTwoNumbers or AnomalyClass.SharedNumber or AnomalyClass.AddressFarm)
        {
            return bucket;
        }

        _records.Inject(house, bucket == (AnomalyClass)(Buckets - 1) ? AnomalyClass.NoiseMissingDiacritics : bucket);
        return null;
    }

    /// <summary>Builds a carrier household in the current slot; false when it would not fit under the record limit.</summary>
    public bool TryBuildCarrier(HouseholdContext house, long household, AnomalyClass anomaly, int previousStart, int limit)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var size = anomaly == AnomalyClass.AddressFarm ? random.Between(5, 7) : 1;
        var source = anomaly == AnomalyClass.AddressFarm ? -1
            : Candidates.Pick(chunk, random, previousStart, chunk.Count, anomaly == AnomalyClass.DuplicateRecord ? Candidates.LivingMember : Candidates.LivingAdult);
        if (chunk.Count + size > limit || (anomaly != AnomalyClass.AddressFarm && source < 0))
        {
            return false;
        }

        var group = chunk.NewGroup();
        switch (anomaly)
        {
            case AnomalyClass.DuplicateRecord:
                Copy(chunk, source);
                break;
            case AnomalyClass.OnePersonTwoNumbers:
                households.Begin(house, household);
                SecondNumber(house, source);
                break;
            case AnomalyClass.SharedNumber:
                households.Begin(house, household);
                Impostor(house, source);
                break;
            default:
                households.Begin(house, household);
                Farm(house, size);
                break;
        }

        if (source >= 0)
        {
            chunk.People[source].Touched = true;
            chunk.Label(source, anomaly, group);
        }

        for (var i = chunk.Count - size; i < chunk.Count; i++)
        {
            chunk.People[i].Touched = true;
            chunk.Label(i, anomaly, group);
        }

        return true;
    }

    /// <summary>An exact second copy of a record, number and household links included.</summary>
    private static void Copy(Chunk chunk, int source)
    {
        var original = chunk.People[source];
        chunk.Add() = original;
    }

    /// <summary>
    /// The same person (name, birth date, sex, parents, hometown) under a second valid-looking number, registered
    /// in a province of their own half the time, and living at another address.
    /// </summary>
    private void SecondNumber(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var places = households.Book.Places;
        var original = chunk.People[source];
        var registration = random.Chance(0.5) ? places.All[original.Registration] : places.Draw(random);
        ref var copy = ref chunk.Add();
        copy = original;
        var index = chunk.Count - 1;
        copy.Registration = (byte)registration.Index;
        copy.RegistrationCommune = (short)random.Between(1, registration.SuccessorCommunes);
        copy.Counter = IdentitySlots.AnomalyCounter(IdentitySlots.Slot(registration.Code, copy.Sex, copy.BirthYear));
        copy.CounterLocal = chunk.Allocate(copy.Counter);
        copy.Household = house.Slot;
        copy.Relation = Relation.Head;
        copy.Head = index;
        copy.Spouse = -1;
        copy.Noise = Noise.None;
    }

    /// <summary>Another person, of the same sex and birth year (so the number's digits still fit), using the source's number.</summary>
    private void Impostor(HouseholdContext house, int source)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var original = chunk.People[source];
        var registration = households.Book.Places.All[original.Registration];
        var born = original.BirthDate;
        for (var tries = 0; tries < 8 && born == original.BirthDate; tries++)
        {
            born = DateOnly.FromDayNumber(random.Between(new DateOnly(original.BirthYear, 1, 1).DayNumber,
                Math.Min(new DateOnly(original.BirthYear, 12, 31).DayNumber, Ages.RegisterDate.DayNumber - 1)));
        }

        var impostor = households.Family.Add(house, original.Sex, born, Relation.Head, registration, households.Book.Places.Draw(random),
            households.Family.Factory.DrawFamily(random, registration), -1, MaritalStatus.Single);
        for (var tries = 0; tries < 8 && chunk.People[impostor].Family == original.Family; tries++)
        {
            chunk.People[impostor].Family = households.Family.Factory.DrawFamily(random, households.Book.Places.Draw(random));
        }

        chunk.People[impostor].Counter = original.Counter;
        chunk.People[impostor].CounterLocal = original.CounterLocal;
        chunk.People[impostor].Mangle = original.Mangle;
    }

    /// <summary>Unrelated adults with different family names, each registered as a household of one at the same dwelling.</summary>
    private void Farm(HouseholdContext house, int size)
    {
        var random = house.Random;
        var first = house.Chunk.Count;
        for (var n = 0; n < size; n++)
        {
            var sex = random.Chance(0.6) ? Sex.Male : Sex.Female;
            var member = households.Family.AddHead(house, sex, random.Between(20, 55), random.Chance(0.8) ? MaritalStatus.Single : MaritalStatus.Divorced);
            for (var tries = 0; tries < 12 && SharesFamily(house.Chunk, first, member); tries++)
            {
                house.Chunk.People[member].Family = households.Family.Factory.DrawFamily(random, households.Book.Places.Draw(random));
            }
        }
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
