using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Anomalies that change a record of the household just built: the number's digits against the person, dates that
/// cannot be, family links that contradict, a death long past on a record still registered. A re-numbered person
/// takes the next serial of the new slot, like everyone else; people whose dates a link anomaly relies on are
/// protected from other anomalies.
/// </summary>
internal sealed class RecordAnomalies(ReferenceBook book)
{
    // Codes the circular leaves unused (§2.3), and 097-099, which are neither provinces nor countries.
    private static readonly int[] UnusedCodes = [3, 5, 7, 9, 13, 16, 18, 21, 23, 28, 29, 32, 39, 41, 43, 47, 50, 53, 55, 57, 59, 61, 63, 65, 69, 71, 73, 76, 78, 81, 85, 88, 90, 97, 98, 99];

    public void Inject(HouseholdContext house, AnomalyClass anomaly)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var target = anomaly switch
        {
            AnomalyClass.ImpossibleDate => ImpossibleDate(house),
            AnomalyClass.DeceasedButActive => DeceasedButActive(house),
            AnomalyClass.InconsistentFamilyLink => FamilyLinkAnomalies.Inject(house),
            AnomalyClass.NumberProvinceMismatch => Candidates.Pick(chunk, random, house.First, chunk.Count, p => Candidates.LivingMember(p) && p.Abroad == 0),
            _ => Candidates.Pick(chunk, random, house.First, chunk.Count, Candidates.LivingMember),
        };
        if (target < 0)
        {
            return;
        }

        ref var person = ref chunk.People[target];
        switch (anomaly)
        {
            case AnomalyClass.NumberSexMismatch:
                person.NumberSex = person.Sex == Sex.Male ? Sex.Female : Sex.Male;
                break;
            case AnomalyClass.NumberBirthYearMismatch:
                var shift = random.Chance(0.25) ? (person.BirthYear < 2000 ? 100 : -100) : random.Between(1, 3) * (random.Chance(0.5) ? 1 : -1);
                person.NumberYear = (short)(person.BirthYear + shift);
                break;
            case AnomalyClass.NumberProvinceMismatch:
                // Another province under another 2025 unit, so the mismatch shows whichever names the record uses.
                var successor = book.Places.All[person.Registration].Province.Successor2025Code;
                var other = book.Places.Draw(random);
                for (var tries = 0; tries < 16 && other.Province.Successor2025Code == successor; tries++)
                {
                    other = book.Places.Draw(random);
                }

                person.NumberCode = (short)other.Code;
                break;
            case AnomalyClass.InvalidNumber:
                var variant = random.Below(4);
                if (variant == 0)
                {
                    person.NumberCode = (short)UnusedCodes[random.Below(UnusedCodes.Length)];
                }
                else
                {
                    person.Mangle = (IdMangle)variant;
                    person.MangleArgument = (byte)random.Below(12);
                }

                break;
            default:
                break;
        }

        person.Touched = true;
        chunk.Label(target, anomaly, chunk.NewGroup());
    }

    /// <summary>A day the month does not have (30/02, 31/04, ...) in the same year, or a death before the birth.</summary>
    private static int ImpossibleDate(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var dead = Candidates.Pick(chunk, random, house.First, chunk.Count, p => p.IsDead);
        if (dead >= 0 && random.Chance(0.3))
        {
            chunk.People[dead].SetDeath(chunk.People[dead].BirthDate.AddDays(-random.Between(1, 3650)));
            return dead;
        }

        var target = Candidates.Pick(chunk, random, house.First, chunk.Count, Candidates.LivingMember);
        if (target >= 0)
        {
            ReadOnlySpan<(byte Month, byte Day)> impossible = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)];
            var (month, day) = impossible[random.Below(impossible.Length)];
            chunk.People[target].BirthMonth = month;
            chunk.People[target].BirthDay = day;
        }

        return target;
    }

    /// <summary>
    /// A death one to ten years ago on someone who still heads, or belongs to, a household: not the delay of a recent
    /// death (a few months, which clean data has too), but a record nobody struck off.
    /// </summary>
    private static int DeceasedButActive(HouseholdContext house)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var target = Candidates.Pick(chunk, random, house.First, chunk.Count, Candidates.LivingAdult);
        if (target < 0)
        {
            return -1;
        }

        // After the birth of each of their children, so no link rule sees a parent dead before a birth.
        var earliest = Math.Max(chunk.People[target].BirthDate.AddYears(18).DayNumber, Ages.RegisterDate.AddYears(-10).DayNumber);
        for (var i = house.First; i < chunk.Count; i++)
        {
            if (chunk.People[i].Father == target || chunk.People[i].Mother == target)
            {
                earliest = Math.Max(earliest, chunk.People[i].BirthDate.DayNumber + 1);
            }
        }

        var latest = Ages.RegisterDate.AddYears(-1).DayNumber;
        if (earliest > latest)
        {
            return -1;
        }

        chunk.People[target].SetDeath(DateOnly.FromDayNumber(random.Between(earliest, latest)));
        return target;
    }
}
