using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;

namespace DataForLife.Tests.Judging;

/// <summary>Random but reproducible rounds: judges with their own severity score entries on three criteria.</summary>
public static class Scenario
{
    public static readonly IReadOnlyList<Criterion> Criteria =
    [
        new("innovation", new("Sáng tạo", "Innovation"), new("", ""), 0.4, 10),
        new("data", new("Dữ liệu", "Data"), new("", ""), 0.35, 10),
        new("impact", new("Tác động", "Impact"), new("", ""), 0.25, 5),
    ];

    public static RankingInput Round(int seed, Calibration calibration = Calibration.Raw, int entries = 12, int judges = 5)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(1, entries).ToList();
        var sheets = new List<SheetScores>();
        for (var j = 0; j < judges; j++)
        {
            var severity = random.NextDouble() * 0.5;
            foreach (var entry in ids.Where(_ => random.NextDouble() < 0.8 || j == 0))
            {
                var quality = (entry * 7919 % 97) / 97.0;
                sheets.Add(new SheetScores($"judge-{j}", entry, Criteria.ToDictionary(c => c.Code,
                    c => Math.Round(Math.Clamp((quality * (1 - severity) + random.NextDouble() * 0.3) * c.ScaleMax, 0, c.ScaleMax)))));
            }
        }

        return new RankingInput(Criteria, sheets, ids, new HashSet<(string, int)>(), calibration, Quota: 4, Boundaries: [4],
            TieBreaks: [TieBreak.JudgeScore, TieBreak.JudgesTopN]);
    }

    public static IReadOnlyList<int> Order(RoundRanking ranking) => [.. ranking.Standings.Select(s => s.EntryId)];
}
