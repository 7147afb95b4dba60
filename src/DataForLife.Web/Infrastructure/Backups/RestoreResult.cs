namespace DataForLife.Web.Infrastructure.Backups;

/// <summary>A restore's outcome: done, or refused with the reason (nothing was written when refused).</summary>
public sealed record RestoreResult(bool Restored, string Reason, int Files = 0)
{
    public static RestoreResult Refused(string reason) => new(false, reason);
}
