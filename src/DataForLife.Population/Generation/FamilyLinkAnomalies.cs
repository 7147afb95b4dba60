namespace DataForLife.Population.Generation;

/// <summary>
/// inconsistent_family_link: a mother younger than 13 years older than her child (or younger), a mother who is a man,
/// a spouse link that is not returned, a child recorded as married, a person married to themself. Only the record
/// holding the broken link is wrong; the people it points at are protected from other anomalies so the contradiction
/// stays visible.
/// </summary>
internal static class FamilyLinkAnomalies
{
    private const int Variants = 5;

    public static int Inject(HouseholdContext house)
    {
        var start = house.Random.Below(Variants);
        for (var n = 0; n < Variants; n++)
        {
            var target = ((start + n) % Variants) switch
            {
                0 => YoungMother(house),
                1 => MaleMother(house),
                2 => OneSidedSpouse(house),
                3 => MarriedChild(house),
                _ => MarriedToSelf(house),
            };
            if (target >= 0)
            {
                return target;
            }
        }

        return -1;
    }

    private static int YoungMother(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var target = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, Candidates.LivingMember);
        if (target < 0)
        {
            return -1;
        }

        var limit = chunk.People[target].BirthDate.AddYears(-12);
        var young = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, p => p.Sex == Sex.Female && !p.IsDead && p.BirthDate > limit);
        return Link(chunk, target, young, mother: true);
    }

    private static int MaleMother(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var target = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, Candidates.LivingMember);
        if (target < 0)
        {
            return -1;
        }

        var man = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, p => p.Sex == Sex.Male && !p.IsDead);
        return man == target ? -1 : Link(chunk, target, man, mother: true);
    }

    private static int OneSidedSpouse(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var target = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, p => Candidates.LivingAdult(p) && p.Spouse < 0);
        var married = Candidates.Pick(chunk, house.Random, 0, house.First, p => p.Spouse >= 0 && !p.IsDead);
        if (target < 0 || married < 0)
        {
            return -1;
        }

        chunk.People[chunk.People[married].Spouse].Touched = true;
        chunk.People[target].Marital = MaritalStatus.Married;
        return Link(chunk, target, married, mother: false);
    }

    private static int MarriedChild(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var target = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, p => Candidates.LivingMember(p) && p.AgeAt(Ages.RegisterDate) is >= 10 and < 18);
        if (target >= 0)
        {
            chunk.People[target].Marital = MaritalStatus.Married;
        }

        return target;
    }

    private static int MarriedToSelf(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var target = Candidates.Pick(chunk, house.Random, house.First, chunk.Count, p => Candidates.LivingAdult(p) && p.Spouse < 0);
        if (target >= 0)
        {
            chunk.People[target].Spouse = target;
            chunk.People[target].Marital = MaritalStatus.Married;
        }

        return target;
    }

    private static int Link(Chunk chunk, int target, int other, bool mother)
    {
        if (target < 0 || other < 0 || other == target)
        {
            return -1;
        }

        if (mother)
        {
            chunk.People[target].Mother = other;
        }
        else
        {
            chunk.People[target].Spouse = other;
        }

        chunk.People[other].Touched = true;
        return target;
    }
}
