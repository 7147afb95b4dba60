using System.Globalization;
using DataForLife.Bench.DashboardLoad;

// The dashboard of a large edition: 3,000 teams (about 9,000 contestants) seeded by the platform's own demo seeding,
// 500,000 votes over a week, then every chart's queries run again and again, each run timed.
var teams = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
var votes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var data = Directory.CreateTempSubdirectory("dfl-dashboard-").FullName;
try
{
    await using var platform = await LoadedEdition.SeedAsync(data, teams, votes);
    return await Timing.RunAsync(platform, runs);
}
finally
{
    Directory.Delete(data, recursive: true);
}
