namespace DataForLife.Web.Features.Email;

/// <summary>Configuration section <c>Email</c>. Without <see cref="SmtpHost"/> messages go to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string FromAddress { get; set; } = "no-reply@dataforlife.vn";
    public string FromName { get; set; } = "Digital Data For Life";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpStartTls { get; set; } = true;

    /// <summary>Defaults to the folder <c>mail</c> under the data folder.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How often the outbox is swept when nothing wakes it earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The address people use to reach the platform, for links in messages.</summary>
    public string? PublicBaseUrl { get; set; }
}
