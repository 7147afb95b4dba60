using System.Globalization;
using System.Text;
using Bogus;

namespace DataForLife.Population.Bench;

/// <summary>
/// The comparison: Bogus 35 with its <c>vi</c> locale generating the nearest equivalent of each column (its own
/// Vietnamese names and cities, numbers from a 12-digit pattern, picks from the same value lists) and writing CSV
/// through a buffered UTF-8 StreamWriter, the ordinary way to use it.
/// </summary>
public static class BogusGenerator
{
    private static readonly string[] Ethnicities = ["Kinh", "Tày", "Thái", "Mường", "Mông", "Khơ-me", "Nùng", "Dao", "Hoa"];
    private static readonly string[] Religions = ["Không", "Công giáo", "Phật giáo", "Tin lành", "Phật giáo Hòa Hảo", "Cao Đài"];
    private static readonly string[] Marital = ["Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa"];
    private static readonly string[] Blood = ["", "", "", "", "O+", "A+", "B+", "AB+"];
    private static readonly string[] Relations = ["Chủ hộ", "Vợ", "Chồng", "Con", "Cha", "Mẹ", "Cháu"];

    public static long Write(long count, int seed, Stream stream)
    {
        Randomizer.Seed = new Random(seed);
        var faker = new Faker<BogusPerson>("vi")
            .RuleFor(p => p.Number, f => f.Random.ReplaceNumbers("############"))
            .RuleFor(p => p.FullName, f => f.Name.FullName())
            .RuleFor(p => p.BirthDate, f => f.Date.Past(90, new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc)))
            .RuleFor(p => p.Sex, f => f.PickRandom("Nam", "Nữ"))
            .RuleFor(p => p.BirthRegistration, f => f.Address.City())
            .RuleFor(p => p.Hometown, f => f.Address.City())
            .RuleFor(p => p.Ethnicity, f => f.PickRandom(Ethnicities))
            .RuleFor(p => p.Religion, f => f.PickRandom(Religions))
            .RuleFor(p => p.MaritalStatus, f => f.PickRandom(Marital))
            .RuleFor(p => p.BloodGroup, f => f.PickRandom(Blood))
            .RuleFor(p => p.Residence, f => f.Address.StreetAddress() + ", " + f.Address.City())
            .RuleFor(p => p.RelationToHead, f => f.PickRandom(Relations))
            .RuleFor(p => p.HeadNumber, f => f.Random.ReplaceNumbers("############"))
            .RuleFor(p => p.FatherNumber, f => f.Random.Bool() ? f.Random.ReplaceNumbers("############") : "")
            .RuleFor(p => p.MotherNumber, f => f.Random.Bool() ? f.Random.ReplaceNumbers("############") : "")
            .RuleFor(p => p.SpouseNumber, f => f.Random.Bool() ? f.Random.ReplaceNumbers("############") : "")
            .RuleFor(p => p.DeathDate, f => f.Random.Bool(0.02f) ? f.Date.Past(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "");
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(string.Join(',', PopulationColumns.All));
        writer.Write('\n');
        for (long i = 0; i < count; i++)
        {
            var p = faker.Generate();
            writer.Write(string.Join(',', p.Number, p.FullName, p.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), p.Sex,
                Quote(p.BirthRegistration), Quote(p.Hometown), p.Ethnicity, p.Religion, p.MaritalStatus, p.BloodGroup, Quote(p.Residence),
                p.RelationToHead, p.HeadNumber, p.FatherNumber, p.MotherNumber, p.SpouseNumber, p.DeathDate));
            writer.Write('\n');
        }

        return count;
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
