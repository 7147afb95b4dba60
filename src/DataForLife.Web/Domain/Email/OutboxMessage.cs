namespace DataForLife.Web.Domain.Email;

/// <summary>An e-mail waiting to be sent. It is written in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string To { get; set; } = string.Empty;
    public string Subject { get; set; } = string.Empty;
    public string TextBody { get; set; } = string.Empty;
    public string? HtmlBody { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }

    /// <summary>While set in the future, one sender (of possibly several instances) holds the message.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public void MarkSent(DateTime nowUtc)
    {
        SentAtUtc = nowUtc;
        LockedUntilUtc = null;
        LastError = null;
    }

    /// <summary>Retries back off: 30 s, 1, 2, 4 ... minutes, at most an hour apart.</summary>
    public void MarkFailed(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = VietnameseText.Cut(error, 2000);
        LockedUntilUtc = null;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Min(Attempts - 1, 10))));
        NextAttemptAtUtc = nowUtc + delay;
    }
}
