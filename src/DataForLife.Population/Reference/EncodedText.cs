using System.Text;

namespace DataForLife.Population.Reference;

/// <summary>A text of the reference tables, encoded once as UTF-8 (NFC) and once without diacritics, for fast writing.</summary>
internal sealed class EncodedText
{
    public EncodedText(string value)
    {
        Value = value.Normalize(NormalizationForm.FormC);
        Utf8 = Encoding.UTF8.GetBytes(Value);
        Folded = Encoding.UTF8.GetBytes(VietnameseText.Fold(Value));
    }

    public string Value { get; }

    public byte[] Utf8 { get; }

    public byte[] Folded { get; }

    public override string ToString() => Value;
}
