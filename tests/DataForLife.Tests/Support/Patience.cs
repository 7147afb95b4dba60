namespace DataForLife.Tests.Support;

/// <summary>
/// How long a test waits for what happens in its own time (an answer, a background sender, a process starting) before
/// it gives up. Generous on purpose: the wait ends as soon as the thing happens, so it costs nothing on an idle machine,
/// and a machine busy with other builds must not fail a test; only a real hang runs it out.
/// </summary>
public static class Patience
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
}
