using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>What became of an organiser's change to a catalogue entry.</summary>
public abstract record EntryChange
{
    public sealed record Saved(DataSet DataSet) : EntryChange;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : EntryChange;

    /// <summary>Someone else saved the entry since the organiser opened it.</summary>
    public sealed record Conflict : EntryChange;

    public sealed record NotFound : EntryChange;
}
