namespace DataForLife.Web.Domain.Messages;

/// <summary>The groups an announcement can be sent to.</summary>
public enum SegmentKind
{
    /// <summary>Every member of every team of the edition.</summary>
    AllContestants,

    /// <summary>The members of the teams entered in one category (argument: the category's code).</summary>
    Category,

    /// <summary>The members of the teams a published round selected: TOP 30, TOP 10, the prize winners (argument: the round's code).</summary>
    Selected,

    /// <summary>The members of the teams of the final.</summary>
    Finalists,

    /// <summary>The judges of one round (argument: the round's code).</summary>
    RoundJudges,

    /// <summary>The edition's mentors with an account, and every account holding the Mentor role.</summary>
    Mentors,

    /// <summary>The steering committee: the roster's steering body with an account, and every Observer.</summary>
    SteeringCommittee,
}
