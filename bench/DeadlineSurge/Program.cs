using DataForLife.Bench.DeadlineSurge;

// Deadline surge: 500 teams each submit a dossier with 5 MB of files within one minute, against the real server
// (Release build, SQLite, Kestrel on loopback). Prints what was accepted, what was lost, and the latencies.
var teams = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
var serverDll = args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "DataForLife.Web.dll");
return await Surge.RunAsync(teams, TimeSpan.FromSeconds(seconds), serverDll);
