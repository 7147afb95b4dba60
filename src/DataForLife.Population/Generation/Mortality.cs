namespace DataForLife.Population.Generation;

/// <summary>
/// Widowhood by the survival tables: in each married couple of a household built alive, the husband dies with the
/// probability of dying between the marriage (when the younger was 23) and now at his age, else the wife with hers.
/// Widowers remarry far more often than widows (design): only two wives' deaths in five leave a widower. The dead
/// keep a record with a death date after their youngest child's first birthday (and 200 days or more before the
/// register date) half the time; the survivor becomes widowed, and heads the household when the dead did.
/// </summary>
internal static class Mortality
{
    private const int MarriageAge = 23;

    public static void Apply(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var end = chunk.Count;
        for (var i = house.First; i < end; i++)
        {
            ref readonly var person = ref chunk.People[i];
            if (person.Sex != Sex.Male || person.Spouse <= i || person.Spouse >= end || person.IsDead || person.Household < 0
                || chunk.People[person.Spouse].IsDead || chunk.People[person.Spouse].Household < 0)
            {
                continue;
            }

            var wife = person.Spouse;
            var husbandAge = person.AgeAt(Ages.RegisterDate);
            var wifeAge = chunk.People[wife].AgeAt(Ages.RegisterDate);
            var years = Math.Max(0, Math.Min(husbandAge, wifeAge) - MarriageAge);
            var dead = !Survival.Survives(random, Sex.Male, husbandAge - years, husbandAge) ? i
                : !Survival.Survives(random, Sex.Female, wifeAge - years, wifeAge) && random.Chance(0.4) ? wife : -1;
            if (dead >= 0)
            {
                Die(house, dead, dead == i ? wife : i);
            }
        }
    }

    private static void Die(HouseholdContext house, int dead, int survivor)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var earliest = Math.Max(chunk.People[dead].BirthDate.AddYears(40).DayNumber, Ages.RegisterDate.AddYears(-35).DayNumber);
        for (var i = house.First; i < chunk.Count; i++)
        {
            if (chunk.People[i].Father == dead || chunk.People[i].Mother == dead)
            {
                earliest = Math.Max(earliest, chunk.People[i].BirthDate.AddYears(1).DayNumber);
            }
        }

        var latest = Ages.RegisterDate.AddDays(-200).DayNumber;
        if (earliest > latest)
        {
            return;
        }

        ref var person = ref chunk.People[dead];
        person.SetDeath(DateOnly.FromDayNumber(random.Between(earliest, latest)));
        person.NewEra = random.Chance(0.1);
        var headed = person.Relation == Relation.Head;
        person.Household = -1;
        person.Relation = Relation.None;
        person.Head = -1;
        person.Spouse = -1;
        chunk.People[survivor].Spouse = -1;
        chunk.People[survivor].Marital = MaritalStatus.Widowed;
        if (headed)
        {
            chunk.People[survivor].Relation = Relation.Head;
            for (var i = house.First; i < chunk.Count; i++)
            {
                if (chunk.People[i].Head == dead)
                {
                    chunk.People[i].Head = survivor;
                }
            }

            house.Head = survivor;
        }

        // Half the dead keep no record in the file (the register extract holds the living and some of the dead).
        if (random.Chance(0.5))
        {
            person.Phantom = true;
            chunk.WrittenSoFar--;
        }
    }
}
