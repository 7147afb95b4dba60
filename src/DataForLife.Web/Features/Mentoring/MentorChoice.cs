namespace DataForLife.Web.Features.Mentoring;

/// <summary>What came of an organiser's confirmation of mentors: done, or refused with a reason per team (nothing saved).</summary>
public abstract record MentorChoice
{
    private MentorChoice()
    {
    }

    public sealed record Confirmed(int Changed) : MentorChoice;

    public sealed record Refused(IReadOnlyList<Domain.FieldError> Errors) : MentorChoice;

    /// <summary>The finalists are not published yet: there is no one to mentor.</summary>
    public sealed record NoFinalists : MentorChoice;
}
