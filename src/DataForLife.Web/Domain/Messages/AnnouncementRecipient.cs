namespace DataForLife.Web.Domain.Messages;

/// <summary>One person an announcement went to: what their own pages show, and (unique) what keeps them from getting it twice.</summary>
public sealed class AnnouncementRecipient
{
    public long Id { get; set; }
    public int AnnouncementId { get; set; }
    public string UserId { get; set; } = string.Empty;
}
