namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Marks the door and the inside of each critical section (a change decided under a lock), so that a test can hold the
/// first request inside until the others have reached the door, and so prove that the requests it sends at once really
/// overlapped. Nothing listens in the running platform: a call is a null check.
/// </summary>
public sealed class CriticalSections
{
    /// <summary>Called at each mark with the section's name; set by tests only.</summary>
    public Func<string, SectionMark, CancellationToken, Task>? Probe { get; set; }

    /// <summary>A request is about to ask for the section's lock.</summary>
    public Task ArrivedAsync(string section, CancellationToken cancellationToken) =>
        Probe?.Invoke(section, SectionMark.Arrived, cancellationToken) ?? Task.CompletedTask;

    /// <summary>A request holds the section's lock and is about to decide.</summary>
    public Task InsideAsync(string section, CancellationToken cancellationToken) =>
        Probe?.Invoke(section, SectionMark.Inside, cancellationToken) ?? Task.CompletedTask;
}
