namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// One reason an edition is refused. <see cref="Field"/> names the input (for example <c>Timeline[2].EndsAt</c>);
/// <see cref="Code"/> picks the localised message, which takes <see cref="Arguments"/>.
/// </summary>
public sealed record EditionError(string Field, string Code, params object[] Arguments)
{
    public string MessageKey => "EditionError." + Code;
}
