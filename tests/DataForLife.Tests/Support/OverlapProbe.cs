using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// Proves that requests sent at once overlapped: every request that gets inside the named critical section is held
/// there until the expected number of requests have reached its door. Without the overlap the first request waits in
/// vain and the test fails with a timeout; with it, <see cref="Overlapped"/> says so. Sections that share one lock
/// (a publication and a quarantine) are watched together by naming them all.
/// </summary>
public sealed class OverlapProbe : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly CriticalSections _sections;
    private readonly IReadOnlySet<string> _names;
    private readonly int _expected;
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    private OverlapProbe(CriticalSections sections, IReadOnlySet<string> names, int expected)
    {
        _sections = sections;
        _names = names;
        _expected = expected;
        sections.Probe = OnMarkAsync;
    }

    /// <summary>Whether the first request inside was held there while all the others arrived at the door.</summary>
    public bool Overlapped { get; private set; }

    public int Arrived => Volatile.Read(ref _arrived);

    public static OverlapProbe Attach(IServiceProvider services, string section, int expected) =>
        Attach(services, [section], expected);

    public static OverlapProbe Attach(IServiceProvider services, IReadOnlyCollection<string> sections, int expected) =>
        new(services.GetRequiredService<CriticalSections>(), sections.ToHashSet(StringComparer.Ordinal), expected);

    public void Dispose() => _sections.Probe = null;

    private async Task OnMarkAsync(string section, SectionMark mark, CancellationToken cancellationToken)
    {
        if (!_names.Contains(section))
        {
            return;
        }

        if (mark == SectionMark.Arrived)
        {
            if (Interlocked.Increment(ref _arrived) >= _expected)
            {
                _allArrived.TrySetResult();
            }

            return;
        }

        // Every request inside waits, not only the first: a section without a lock (the dossier's save decides by its
        // version) would otherwise let the second commit while a slow third has not even read the version yet, and
        // the third, refused before the door, would never arrive.
        await _allArrived.Task.WaitAsync(Patience, cancellationToken);
        Overlapped = true;
    }
}
