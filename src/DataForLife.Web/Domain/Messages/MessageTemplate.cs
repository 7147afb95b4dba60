namespace DataForLife.Web.Domain.Messages;

/// <summary>
/// The organisers' version of one e-mail of the catalogue, in Vietnamese and English. Without a row the built-in text
/// is sent; a row that no longer renders (a placeholder renamed since) falls back to it as well.
/// </summary>
public sealed class MessageTemplate
{
    public string Key { get; set; } = string.Empty;
    public string SubjectVi { get; set; } = string.Empty;
    public string SubjectEn { get; set; } = string.Empty;
    public string BodyVi { get; set; } = string.Empty;
    public string BodyEn { get; set; } = string.Empty;
    public string UpdatedByUserId { get; set; } = string.Empty;
    public DateTime UpdatedAtUtc { get; set; }
}
