using System.Text.RegularExpressions;
using MimeKit;

namespace DataForLife.Tests.Support;

/// <summary>Reads the messages the platform wrote into its pickup folder, as a person would read their inbox.</summary>
public sealed partial class Mailbox(string directory)
{
    public IReadOnlyList<MimeMessage> All()
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.GetFiles(directory, "*.eml").Order().Select(f => MimeMessage.Load(f))];
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits for the message the outbox sends in the background (on a busy machine, as long as it takes).</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string? subjectContains = null, int count = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Patience.Limit)
        {
            var messages = To(address).Where(m => subjectContains is null || (m.Subject ?? string.Empty).Contains(subjectContains, StringComparison.OrdinalIgnoreCase)).ToList();
            if (messages.Count >= count)
            {
                return messages[count - 1];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message {count} to {address} ({subjectContains}) arrived; the folder holds {All().Count} message(s).");
    }

    public static string FirstLink(MimeMessage message, string pathContains)
    {
        var text = message.TextBody ?? string.Empty;
        var match = LinkPattern().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.Contains(pathContains, StringComparison.Ordinal));
        return match ?? throw new InvalidOperationException($"No link with {pathContains} in: {text}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
