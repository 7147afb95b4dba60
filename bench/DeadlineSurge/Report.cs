using System.Globalization;

namespace DataForLife.Bench.DeadlineSurge;

public static class Report
{
    public static void Print(IReadOnlyList<SubmissionResult> results, TimeSpan elapsed, int lost, long bytesPerTeam)
    {
        var accepted = results.Count(r => r.Accepted);
        var requests = results.SelectMany(r => r.UploadMs.Append(r.SubmitMs).Where(ms => ms > 0)).Order().ToList();
        var submits = results.Where(r => r.Accepted).Select(r => r.SubmitMs).Order().ToList();
        var uploads = results.SelectMany(r => r.UploadMs).Order().ToList();
        var totals = results.Where(r => r.Accepted).Select(r => r.TotalMs).Order().ToList();
        string P(List<double> values, double q) => values.Count == 0 ? "n/a" : values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)].ToString("0", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine();
        Console.WriteLine($"submissions accepted: {accepted} / {results.Count}");
        Console.WriteLine($"dossiers lost or altered: {lost}");
        Console.WriteLine($"surge lasted: {elapsed.TotalSeconds:0.0} s, {results.Count * bytesPerTeam / 1024d / 1024d / elapsed.TotalSeconds:0.0} MB/s of files");
        Console.WriteLine($"every request (upload or submit): p50 {P(requests, 0.5)}, p95 {P(requests, 0.95)}, p99 {P(requests, 0.99)}, max {P(requests, 1)}");
        Console.WriteLine($"file uploads: p50 {P(uploads, 0.5)}, p99 {P(uploads, 0.99)}");
        Console.WriteLine($"submit (commit of the version): p50 {P(submits, 0.5)}, p99 {P(submits, 0.99)}");
        Console.WriteLine($"whole team submission (3 uploads + submit): p50 {P(totals, 0.5)}, p99 {P(totals, 0.99)}");
        foreach (var failure in results.Where(r => !r.Accepted).Take(5))
        {
            Console.WriteLine($"refused: {failure.Error}");
        }

        var p99 = requests.Count == 0 ? double.MaxValue : requests[Math.Min(requests.Count - 1, (int)Math.Ceiling(0.99 * requests.Count) - 1)];
        Console.WriteLine($"target (all accepted, none lost, request p99 < 2000 ms): {(accepted == results.Count && lost == 0 && p99 < 2000 ? "met" : "NOT met")}");
    }
}
