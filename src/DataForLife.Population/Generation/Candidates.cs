using DataForLife.Population.Randomness;

namespace DataForLife.Population.Generation;

/// <summary>Picks an anomaly's target among the written records of a range that meet a condition and no anomaly has touched.</summary>
internal static class Candidates
{
    public static int Pick(Chunk chunk, RandomStream random, int from, int to, Func<PersonRecord, bool> fits)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += Eligible(chunk.People[i], fits) ? 1 : 0;
        }

        if (count == 0)
        {
            return -1;
        }

        var chosen = random.Below(count);
        for (var i = from; i < to; i++)
        {
            if (Eligible(chunk.People[i], fits) && chosen-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool LivingMember(PersonRecord person) => !person.IsDead && person.Household >= 0;

    public static bool LivingAdult(PersonRecord person) => LivingMember(person) && person.AgeAt(Ages.RegisterDate) >= 20;

    private static bool Eligible(PersonRecord person, Func<PersonRecord, bool> fits) => !person.Touched && !person.Phantom && fits(person);
}
