namespace DataForLife.Web.Features.Submissions;

/// <summary>What came of an organiser moving one team's deadline.</summary>
public abstract record ExtendOutcome
{
    public sealed record Extended : ExtendOutcome;

    /// <summary>The team submitted at <paramref name="SubmittedAtUtc"/>, which the new deadline would make late.</summary>
    public sealed record WouldMakeLate(DateTime SubmittedAtUtc) : ExtendOutcome;

    /// <summary>The team saved at the same moment; nothing changed, the organiser looks again.</summary>
    public sealed record Conflict : ExtendOutcome;
}
