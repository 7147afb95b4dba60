using System.Globalization;
using DataForLife.Population;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Web.Features.Demo;

/// <summary>
/// Fictitious people for the demo, drawn from our own synthetic population (fixed seed, so every demo has the same
/// people): living adults of contest age, with names, birth dates and identification numbers that agree.
/// </summary>
public static class DemoPeople
{
    public static IReadOnlyList<DemoPerson> Draw(int count, DateOnly today)
    {
        using var csv = new MemoryStream();
        PopulationGenerator.Generate(new GenerationOptions(Math.Max(2000, count * 8), Seed: 2023), csv);
        csv.Position = 0;
        var rows = Csv.Parse(new StreamReader(csv));
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        int number = Column(PopulationColumns.Number), name = Column(PopulationColumns.FullName), born = Column(PopulationColumns.BirthDate),
            sex = Column(PopulationColumns.Sex), place = Column(PopulationColumns.BirthRegistration), death = Column(PopulationColumns.DeathDate);
        var people = new List<DemoPerson>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Length < header.Length || row[death].Length > 0 || !seen.Add(row[number])
                || !DateOnly.TryParseExact(row[born], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            {
                continue;
            }

            var age = today.Year - birth.Year;
            if (age is >= 18 and <= 40 && IdentityNumber.Check(row[number], row[sex] == "Nữ" ? Sex.Female : Sex.Male, birth).Count == 0)
            {
                people.Add(new DemoPerson(row[number], row[name], birth, row[sex] == "Nữ" ? Sex.Female : Sex.Male, row[place]));
                if (people.Count == count)
                {
                    break;
                }
            }
        }

        return people;
    }
}
