using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Anomalies that change records of the household just built. Each one is shaped so that only its own rule can see
/// it: a re-numbered person takes a fresh number from the anomaly counter of the new slot (never someone else's),
/// dates stay in the number's year, and people whose dates a link anomaly relies on are protected from other anomalies.
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
            AnomalyClass.NoiseMissingDiacritics => Noise(house, out anomaly),
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
                Renumber(chunk, ref person, IdentitySlots.Code(IdentitySlots.SlotOf(person.Counter)), person.Sex == Sex.Male ? Sex.Female : Sex.Male, person.BirthYear);
                break;
            case AnomalyClass.NumberBirthYearMismatch:
                var shift = random.Chance(0.25) ? (person.BirthYear < 2000 ? 100 : -100) : random.Between(1, 3) * (random.Chance(0.5) ? 1 : -1);
                Renumber(chunk, ref person, IdentitySlots.Code(IdentitySlots.SlotOf(person.Counter)), person.Sex, person.BirthYear + shift);
                break;
            case AnomalyClass.NumberProvinceMismatch:
                var other = book.Places.Draw(random);
                for (var tries = 0; tries < 8 && other.Index == person.Registration; tries++)
                {
                    other = book.Places.Draw(random);
                }

                Renumber(chunk, ref person, other.Code, person.Sex, person.BirthYear);
                break;
            case AnomalyClass.InvalidNumber:
                var variant = random.Below(4);
                if (variant == 0)
                {
                    Renumber(chunk, ref person, UnusedCodes[random.Below(UnusedCodes.Length)], person.Sex, person.BirthYear);
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

    private static void Renumber(Chunk chunk, ref PersonRecord person, int code, Sex sex, int year)
    {
        person.Counter = IdentitySlots.AnomalyCounter(IdentitySlots.Slot(code, sex, year));
        person.CounterLocal = chunk.Allocate(person.Counter);
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

    /// <summary>A death date on someone who still heads, or belongs to, a household: a "ghost" still in use.</summary>
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
        var earliest = Math.Max(chunk.People[target].BirthDate.AddYears(18).DayNumber, Ages.RegisterDate.AddYears(-5).DayNumber);
        for (var i = house.First; i < chunk.Count; i++)
        {
            if (chunk.People[i].Father == target || chunk.People[i].Mother == target)
            {
                earliest = Math.Max(earliest, chunk.People[i].BirthDate.DayNumber + 1);
            }
        }

        var latest = Ages.RegisterDate.DayNumber - 1;
        chunk.People[target].SetDeath(DateOnly.FromDayNumber(random.Between(Math.Min(earliest, latest), latest)));
        return target;
    }

    /// <summary>Benign noise: a name without diacritics or with a typo, "TP.HCM"-style abbreviations, the pre-2025 province name.</summary>
    private int Noise(HouseholdContext house, out AnomalyClass anomaly)
    {
        var chunk = house.Chunk;
        var random = house.Random;
        var target = Candidates.Pick(chunk, random, house.First, chunk.Count, Candidates.LivingMember);
        anomaly = AnomalyClass.NoiseMissingDiacritics;
        if (target < 0)
        {
            return -1;
        }

        var residence = book.Places.All[chunk.Households[chunk.People[target].Household].Residence];
        var kind = (Noise)random.Between(1, 4);
        kind = kind switch
        {
            Generation.Noise.CityAbbreviation when residence.SuccessorAbbreviation is null => Generation.Noise.MissingDiacritics,
            Generation.Noise.OldProvinceName when !residence.OldNameDiffers => Generation.Noise.Typo,
            _ => kind,
        };
        chunk.People[target].Noise = kind;
        chunk.People[target].NoiseArgument = (byte)random.Below(256);
        anomaly = kind switch
        {
            Generation.Noise.Typo => AnomalyClass.NoiseTypo,
            Generation.Noise.CityAbbreviation => AnomalyClass.NoiseCityAbbreviation,
            Generation.Noise.OldProvinceName => AnomalyClass.NoiseOldProvinceName,
            _ => AnomalyClass.NoiseMissingDiacritics,
        };
        return target;
    }
}
