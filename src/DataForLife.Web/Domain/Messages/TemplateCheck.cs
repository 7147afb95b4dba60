namespace DataForLife.Web.Domain.Messages;

/// <summary>The outcome of <see cref="TemplateText.Check"/>: the placeholders used, or the first problem and where.</summary>
public sealed record TemplateCheck(TemplateProblem? Problem, string? Detail, IReadOnlyList<string> Used)
{
    public bool IsValid => Problem is null;

    public static TemplateCheck Fail(TemplateProblem problem, string detail) => new(problem, detail, []);
}
