using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// From the first round's opening to the last round's close, the contest is being judged: what conflicts of interest
/// are found from (a member's organisation) stays as it was when judging began, so that no one can remove a judge by
/// changing their profile.
/// </summary>
public static class JudgingPeriod
{
    public static bool IsUnderWay(EditionDefinition edition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var windows = edition.Rounds.Select(r => edition.FindPhase(r.PhaseCode)).OfType<Phase>().ToList();
        return windows.Count > 0 && now >= windows.Min(w => w.StartsAt) && now < windows.Max(w => w.EndsAt);
    }
}
