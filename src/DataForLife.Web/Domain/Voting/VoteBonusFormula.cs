namespace DataForLife.Web.Domain.Voting;

/// <summary>The default formula of the plan's "votes become bonus points": proportional to the most-voted entry.</summary>
public static class VoteBonusFormula
{
    /// <summary>B x votes / most, rounded to two decimals (the precision the results show); 0 when nobody voted.</summary>
    public static double Bonus(double points, int votes, int most) =>
        most <= 0 || votes <= 0 ? 0 : Math.Round(points * votes / most, 2, MidpointRounding.AwayFromZero);
}
