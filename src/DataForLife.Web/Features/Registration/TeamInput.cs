namespace DataForLife.Web.Features.Registration;

public sealed class TeamInput
{
    public string? Name { get; set; }
    public string? IdeaName { get; set; }
    public List<string> Categories { get; set; } = [];
    public string? Abstract { get; set; }
}
