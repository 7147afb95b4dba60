namespace DataForLife.Web.Features.Messages;

/// <summary>
/// One e-mail of the catalogue: its key, the resources holding its built-in text (numbered arguments), and the names
/// organisers write for those arguments in their own version (<c>{team}</c> for the subject's and body's <c>{0}</c>).
/// </summary>
public sealed record MailTemplateDefinition(string Key, string SubjectResource, IReadOnlyList<string> SubjectNames,
    string BodyResource, IReadOnlyList<string> BodyNames, string? HtmlResource = null)
{
    /// <summary>Every placeholder an organiser may use, in subject and body alike.</summary>
    public IReadOnlyList<string> Placeholders => [.. SubjectNames.Concat(BodyNames).Distinct(StringComparer.Ordinal)];

    /// <summary>Placeholders the body must keep (a confirmation without its link would be useless).</summary>
    public IReadOnlyList<string> Required { get; init; } = [];
}
