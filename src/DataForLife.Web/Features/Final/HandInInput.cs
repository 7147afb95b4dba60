namespace DataForLife.Web.Features.Final;

/// <summary>A hand-in as the form or the API sends it; <see cref="BaseVersion"/> is the version it was based on.</summary>
public sealed class HandInInput
{
    public int BaseVersion { get; set; }
    public string? RepositoryUrl { get; set; }
    public string? VideoUrl { get; set; }
    public string? Changelog { get; set; }
}
