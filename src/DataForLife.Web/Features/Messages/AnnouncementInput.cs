namespace DataForLife.Web.Features.Messages;

/// <summary>The announcement form. English is optional: without it the Vietnamese text is shown to everyone.</summary>
public sealed class AnnouncementInput
{
    public string? Segment { get; set; }
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public string? BodyVi { get; set; }
    public string? BodyEn { get; set; }
    public bool IsPublic { get; set; }

    /// <summary>Viet Nam time; empty sends at once.</summary>
    public DateTime? SendAt { get; set; }

    public const int TitleLength = 200;
    public const int BodyLength = 20000;
}
