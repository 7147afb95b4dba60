namespace DataForLife.Web.Features.Voting.Readers;

public enum CodeCheckOutcome
{
    Verified,

    /// <summary>Not the code; <see cref="CodeCheckResult.TriesLeft"/> says how many tries the code has left.</summary>
    Wrong,

    /// <summary>The code was tried wrongly <see cref="VoterCodes.MaxAttempts"/> times and no longer counts, even when right.</summary>
    TooManyTries,

    /// <summary>The code's <see cref="VoterCodes.Lifetime"/> has passed (or a newer code replaced it).</summary>
    Expired,

    /// <summary>No code was sent to this address, or it was used already.</summary>
    NoCode,
}
