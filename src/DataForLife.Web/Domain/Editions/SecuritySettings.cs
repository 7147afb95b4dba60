namespace DataForLife.Web.Domain.Editions;

public sealed record SecuritySettings
{
    /// <summary>Organisers and judges must sign in with a second factor (an authenticator app).</summary>
    public bool RequireTwoFactorForStaff { get; init; }
}
