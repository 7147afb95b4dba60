namespace DataForLife.Web.Domain.Judging;

/// <summary>Whether a conflict keeps the judge away from the team.</summary>
public enum ConflictState
{
    /// <summary>The judge never sees the team and never counts for it.</summary>
    Applies,

    /// <summary>Found after the judge had scored the team: the sheets count until an organiser decides.</summary>
    Pending,

    /// <summary>An organiser looked at it and kept the judge's sheets.</summary>
    Dismissed,
}
