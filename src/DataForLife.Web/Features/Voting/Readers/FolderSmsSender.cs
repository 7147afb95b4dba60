using System.Text;

namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>
/// Writes each text message as a UTF-8 file in a folder (<c>Sms:Directory</c>, by default <c>sms</c> under the data
/// folder), for development, tests and demonstrations; a gateway to a real operator replaces it. The file starts with
/// a <c>To:</c> line, then an empty line, then the message; it is written under a temporary name and renamed once
/// complete, so a reader of the folder never sees half a message.
/// </summary>
public sealed class FolderSmsSender(string directory) : ISmsSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        System.IO.Directory.CreateDirectory(Directory);
        // The real moment, not the platform's clock, so that names sort in the order the messages were written.
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{new string([.. phoneNumber.Where(char.IsAsciiDigit)])}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Directory, name + ".tmp");
        await File.WriteAllTextAsync(temporary, $"To: {phoneNumber}\n\n{text}\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        File.Move(temporary, Path.Combine(Directory, name + ".txt"));
    }
}
