using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

/// <summary>What became of an organiser's change to an edition.</summary>
public abstract record EditionChange
{
    public sealed record Saved(Edition Edition) : EditionChange;

    public sealed record NotFound : EditionChange;

    public sealed record Invalid(IReadOnlyList<EditionError> Errors) : EditionChange;

    /// <summary>Someone else saved the edition after it was opened for editing.</summary>
    public sealed record Conflict(Edition Current) : EditionChange;
}
