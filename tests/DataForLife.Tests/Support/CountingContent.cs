using System.Net;

namespace DataForLife.Tests.Support;

/// <summary>
/// A request body of a given length that counts how much of it the server pulled, and can run an action when a share
/// of it has been sent (to move the clock while an upload is in progress).
/// </summary>
public sealed class CountingContent(byte[] head, long total, long triggerAt = -1, Action? trigger = null) : HttpContent
{
    public long BytesSent { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        while (BytesSent < total)
        {
            var size = (int)Math.Min(chunk.Length, total - BytesSent);
            Array.Clear(chunk);
            if (BytesSent < head.Length)
            {
                Array.Copy(head, BytesSent, chunk, 0, Math.Min(size, head.Length - (int)BytesSent));
            }

            if (trigger is not null && triggerAt >= 0 && BytesSent <= triggerAt && BytesSent + size > triggerAt)
            {
                trigger();
            }

            try
            {
                await stream.WriteAsync(chunk.AsMemory(0, size));
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The server stopped reading and answered; the rest is never sent.
                return;
            }

            BytesSent += size;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = total;
        return true;
    }
}
