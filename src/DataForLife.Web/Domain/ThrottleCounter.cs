namespace DataForLife.Web.Domain;

/// <summary>
/// How many times something was done under one key (a sign-in failure from an address, an upload by an account) in
/// one fixed window: kept in the database so that the limit holds across the platform's instances.
/// </summary>
public sealed class ThrottleCounter
{
    public string Key { get; set; } = string.Empty;

    /// <summary>The window's start, in seconds since 1970 (UTC).</summary>
    public long WindowStart { get; set; }

    public int Count { get; set; }
}
