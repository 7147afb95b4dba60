using System.Text.RegularExpressions;
using DataForLife.Web.Data;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DataForLife.OperationsTests;

/// <summary>Both instances sweep the deadline reminders every second; each reminder still goes out once.</summary>
[Trait("Category", "Operations")]
public sealed partial class ReminderTests(ReminderTests.SubmissionCluster cluster) : IClassFixture<ReminderTests.SubmissionCluster>
{
    /// <summary>The demo edition while dossiers are due, its deadline moved to three days from now so that reminders are due.</summary>
    public sealed class SubmissionCluster : Cluster
    {
        protected override async Task SeedAsync()
        {
            await DflAsync("demo", "seed", "--stage", "submission");
            await using var platform = Platform();
            await using var scope = platform.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var edition = await db.Editions.SingleAsync(e => e.Id == "demo");
            var deadline = DateTimeOffset.UtcNow.AddDays(3);
            edition.Replace(edition.Definition with
            {
                Timeline = [.. edition.Definition.Timeline.Select(p => p.Code == DossierAccess.PhaseCode ? p with { EndsAt = deadline } : p)],
            }, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Each_reminder_is_sent_once_though_both_instances_sweep()
    {
        await using var platform = cluster.Platform();
        var expected = 0;
        await UntilAsync(async () =>
        {
            await using var scope = platform.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reminded = await db.SentReminders.Select(r => r.TeamId).ToListAsync();
            expected = await db.Teams.Where(t => reminded.Contains(t.Id)).SelectMany(t => t.Members).CountAsync();
            return reminded.Count > 0 && !await db.OutboxMessages.AnyAsync(m => m.SentAtUtc == null) && Reminders().Count >= expected;
        });

        // Both instances take at least two more turns after that, each running the sweep or finding it taken.
        var before = await TurnsAsync();
        await UntilAsync(async () => (await TurnsAsync()).Zip(before).All(t => t.First >= t.Second + 2));

        var reminders = Reminders();
        Assert.Equal(expected, reminders.Count);
        Assert.All(reminders.GroupBy(r => r), g => Assert.Single(g));
    }

    /// <summary>(recipient, subject) of every reminder in the shared mail folder.</summary>
    private List<string> Reminders() =>
    [
        .. Directory.Exists(Path.Combine(cluster.Shared, "mail"))
            ? Directory.EnumerateFiles(Path.Combine(cluster.Shared, "mail"), "*.eml")
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.Subject is { } subject && (subject.StartsWith("Nhắc hạn nộp hồ sơ", StringComparison.Ordinal) || subject.StartsWith("Reminder", StringComparison.Ordinal)))
                .Select(m => m.To.ToString() + " | " + m.Subject)
            : [],
    ];

    /// <summary>Each instance's count of reminder turns, from its own metrics.</summary>
    private async Task<int[]> TurnsAsync()
    {
        using var client = new HttpClient();
        var turns = new List<int>();
        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            var text = await client.GetStringAsync(new Uri(instance, "/metrics"));
            turns.Add(JobTurns().Matches(text).Where(m => m.Groups["job"].Value == DossierReminderService.JobName).Sum(m => (int)double.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. turns];
    }

    private static async Task UntilAsync(Func<Task<bool>> reached)
    {
        var until = DateTime.UtcNow.AddMinutes(5);
        while (!await reached())
        {
            Assert.True(DateTime.UtcNow < until, "Not reached within five minutes.");
            await Task.Delay(500);
        }
    }

    [GeneratedRegex("""^dfl_jobs_runs_total\{[^}]*job="(?<job>[^"]+)"[^}]*\} (?<n>[0-9.e+]+)""", RegexOptions.Multiline)]
    private static partial Regex JobTurns();
}
