namespace DataForLife.Web.Domain.Messages;

/// <summary>Why a template cannot be saved.</summary>
public enum TemplateProblem
{
    UnknownPlaceholder,
    UnclosedBrace,
    UnopenedBrace,
    MissingPlaceholder,
    Empty,
}
