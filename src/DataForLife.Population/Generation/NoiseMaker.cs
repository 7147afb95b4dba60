using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Benign noise on records of the household just built, each a group of its own: the name without diacritics, a
/// typing slip (docs/population.md lists the kinds), the city abbreviated in the address, or the day and month of the
/// birth date swapped where both could be a month (a valid date in the same year, so the number still fits).
/// </summary>
internal sealed class NoiseMaker(ReferenceBook book)
{
    public void Apply(HouseholdContext house, double share)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        for (var i = house.First; i < chunk.Count; i++)
        {
            ref var person = ref chunk.People[i];
            if (person.Phantom || person.Touched || !random.Chance(share))
            {
                continue;
            }

            var anomaly = Choose(house, ref person);
            if (anomaly is { } noise)
            {
                person.Touched = true;
                chunk.Label(i, noise, chunk.NewGroup());
            }
        }
    }

    private AnomalyClass? Choose(HouseholdContext house, ref PersonRecord person)
    {
        var random = house.Random;
        person.NoiseArgument = (byte)random.Below(256);
        var roll = random.Below(100);
        if (roll < 20 && person.BirthDay <= 12 && person.BirthDay != person.BirthMonth
            && new DateOnly(person.BirthYear, person.BirthDay, person.BirthMonth) < Ages.RegisterDate)
        {
            (person.BirthDay, person.BirthMonth) = (person.BirthMonth, person.BirthDay);
            return AnomalyClass.NoiseDayMonthSwap;
        }

        if (roll < 35 && person.Household >= 0
            && book.Places.All[house.Chunk.Households[person.Household].Residence].SuccessorAbbreviation is not null)
        {
            person.Noise = Noise.CityAbbreviation;
            return AnomalyClass.NoiseCityAbbreviation;
        }

        person.Noise = roll < 65 ? Noise.MissingDiacritics : Noise.Typo;
        return person.Noise == Noise.Typo ? AnomalyClass.NoiseTypo : AnomalyClass.NoiseMissingDiacritics;
    }
}
