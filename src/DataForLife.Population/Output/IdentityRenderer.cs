using DataForLife.Population.Generation;
using DataForLife.Population.Randomness;

namespace DataForLife.Population.Output;

/// <summary>
/// Turns a person's slot and serial position into the written number, PPP G YY RRRRRR, once per record of a chunk.
/// The six random digits are the position through a permutation keyed by (seed, slot). Invalid-number anomalies are
/// spoilt here: a digit dropped or added, or one replaced by a look-alike letter (0→O, 1→I, ...).
/// </summary>
internal sealed class IdentityRenderer(ulong seed)
{
    public const int MaxLength = 13;
    private static readonly byte[] LookAlikes = "OIZEASGTBP"u8.ToArray();

    private byte[] _texts = new byte[MaxLength * 8192];
    private byte[] _lengths = new byte[8192];

    public void Render(Chunk chunk)
    {
        if (_lengths.Length < chunk.Count)
        {
            _texts = new byte[MaxLength * chunk.Count];
            _lengths = new byte[chunk.Count];
        }

        for (var i = 0; i < chunk.Count; i++)
        {
            _lengths[i] = (byte)Render(chunk, chunk.People[i], _texts.AsSpan(i * MaxLength, MaxLength));
        }
    }

    /// <summary>The number of the record at this index of the last rendered chunk.</summary>
    public ReadOnlySpan<byte> Of(int record) => _texts.AsSpan(record * MaxLength, _lengths[record]);

    private int Render(Chunk chunk, in PersonRecord person, Span<byte> text)
    {
        var slot = person.Slot;
        var serial = (int)new FeistelPermutation(Mix.Hash(seed, (ulong)slot), IdentitySlots.Capacity).Apply((uint)chunk.Position(person));
        var code = IdentitySlots.Code(slot);
        Span<byte> digits = stackalloc byte[12];
        digits[0] = (byte)('0' + (code / 100));
        digits[1] = (byte)('0' + (code / 10 % 10));
        digits[2] = (byte)('0' + (code % 10));
        digits[3] = (byte)('0' + IdentitySlots.Digit(slot));
        digits[4] = (byte)('0' + (IdentitySlots.YearDigits(slot) / 10));
        digits[5] = (byte)('0' + (IdentitySlots.YearDigits(slot) % 10));
        for (var i = 11; i >= 6; i--)
        {
            digits[i] = (byte)('0' + (serial % 10));
            serial /= 10;
        }

        var at = person.MangleArgument % 12;
        switch (person.Mangle)
        {
            case IdMangle.MissingDigit:
                digits[..at].CopyTo(text);
                digits[(at + 1)..].CopyTo(text[at..]);
                return 11;
            case IdMangle.ExtraDigit:
                digits[..at].CopyTo(text);
                text[at] = (byte)('0' + (person.MangleArgument % 10));
                digits[at..].CopyTo(text[(at + 1)..]);
                return 13;
            case IdMangle.Letter:
                digits.CopyTo(text);
                text[at] = LookAlikes[digits[at] - '0'];
                return 12;
            default:
                digits.CopyTo(text);
                return 12;
        }
    }
}
