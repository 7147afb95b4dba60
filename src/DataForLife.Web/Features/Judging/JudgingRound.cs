using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Judging;

/// <summary>A round of an edition with its place in the sequence and its scoring window.</summary>
public sealed record JudgingRound(Edition Edition, Round Round, int Index, Phase Window)
{
    public string EditionId => Edition.Id;

    public string Code => Round.Code;

    public bool IsFirst => Index == 0;

    public bool IsFinal => Index == Edition.Definition.Rounds.Count - 1;

    public Round? Previous => Index == 0 ? null : Edition.Definition.Rounds[Index - 1];

    public bool IsOpenAt(DateTimeOffset now) => Window.IsOpenAt(now);

    public bool IsClosedAt(DateTimeOffset now) => now >= Window.EndsAt;

    /// <summary>Lines in the ranking: the quota, and in the final each prize's last place (1st | 2nd | 3rd | consolation).</summary>
    public IReadOnlyList<int> Boundaries
    {
        get
        {
            if (!IsFinal)
            {
                return [Round.Quota];
            }

            var lines = new List<int>();
            var place = 0;
            foreach (var prize in Edition.Definition.Prizes)
            {
                place += prize.Count;
                lines.Add(place);
            }

            return [.. lines.Distinct()];
        }
    }

    public static JudgingRound? Find(Edition edition, string code)
    {
        var rounds = edition.Definition.Rounds;
        for (var i = 0; i < rounds.Count; i++)
        {
            if (rounds[i].Code == code && edition.Definition.FindPhase(rounds[i].PhaseCode) is { } phase)
            {
                return new JudgingRound(edition, rounds[i], i, phase);
            }
        }

        return null;
    }
}
