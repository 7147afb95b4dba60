using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Submissions;

public abstract record SaveOutcome
{
    public sealed record Saved(DossierVersion Version) : SaveOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveOutcome;

    /// <summary>Someone else saved after this person opened the form; both texts are shown, nothing is overwritten.</summary>
    public sealed record Conflict(DossierVersion Theirs) : SaveOutcome;

    public sealed record Closed(string Reason) : SaveOutcome;
}
