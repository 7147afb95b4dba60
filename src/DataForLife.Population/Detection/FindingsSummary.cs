using System.Globalization;

namespace DataForLife.Population.Detection;

/// <summary>What each rule found, as text: its class, count and description, and its first three findings.</summary>
public static class FindingsSummary
{
    public static void Write(int records, IReadOnlyList<RuleResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records:N0} records checked by {results.Count} rules."));
        foreach (var result in results)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Class.Name(),-28} {result.Findings.Count,7:N0}  {result.Description}"));
            foreach (var finding in result.Findings.Take(3))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      record {finding.RecordId}: {finding.Reason}"));
            }
        }
    }
}
