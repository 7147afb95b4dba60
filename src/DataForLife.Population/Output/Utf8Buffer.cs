using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace DataForLife.Population.Output;

/// <summary>A growable byte buffer that text is written into as UTF-8, with invariant number formatting.</summary>
internal sealed class Utf8Buffer
{
    private byte[] _bytes = new byte[1 << 16];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _bytes.AsMemory(0, Length);

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        Ensure(1);
        _bytes[Length++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    public void AppendNumber(long value)
    {
        Ensure(20);
        if (value is >= 0 and < 10_000)
        {
            // House numbers, communes and years: the common case, written without the general formatter.
            var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1_000 ? 3 : 4;
            for (var i = digits - 1; i >= 0; i--)
            {
                _bytes[Length + i] = (byte)('0' + (value % 10));
                value /= 10;
            }

            Length += digits;
            return;
        }

        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out var written);
        Length += written;
    }

    /// <summary>Two digits with a leading zero (days and months).</summary>
    public void AppendTwoDigits(int value)
    {
        Ensure(2);
        _bytes[Length++] = (byte)('0' + (value / 10));
        _bytes[Length++] = (byte)('0' + (value % 10));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length)
        {
            Grow(more);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int more) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
}
