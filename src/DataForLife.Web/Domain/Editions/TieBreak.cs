namespace DataForLife.Web.Domain.Editions;

/// <summary>What decides between entries with equal totals, in the order the edition lists them.</summary>
public enum TieBreak
{
    /// <summary>The judges' score without the vote bonus.</summary>
    JudgeScore,

    /// <summary>How many judges placed the entry within their own top N (N = the round's quota).</summary>
    JudgesTopN,
}
