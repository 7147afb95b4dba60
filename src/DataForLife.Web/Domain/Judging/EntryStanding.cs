namespace DataForLife.Web.Domain.Judging;

/// <summary>One entry's place, with every figure that led to it.</summary>
/// <param name="RawScore">Mean of the judges' totals as given (0..100).</param>
/// <param name="CalibratedScore">Mean after each judge's totals were standardised (0..100).</param>
/// <param name="JudgeScore">The one of the two the round uses.</param>
/// <param name="Bonus">Vote bonus points (0 when the round takes none or there are no votes).</param>
/// <param name="Tied">Still tied with another entry across a boundary and not yet decided by the head.</param>
public sealed record EntryStanding(int EntryId, int Rank, double RawScore, double CalibratedScore, double JudgeScore, double Bonus,
    double Total, int Judges, int JudgesTopN, bool Tied, bool DecidedByHead);
