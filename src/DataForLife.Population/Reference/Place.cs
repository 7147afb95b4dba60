namespace DataForLife.Population.Reference;

/// <summary>One of the 63 provinces with what the generator writes about it, encoded once.</summary>
internal sealed class Place
{
    public Place(int index, Province province, int successorCommunes, Commune[] communes)
    {
        Index = index;
        Province = province;
        Code = int.Parse(province.Code, System.Globalization.CultureInfo.InvariantCulture);
        Official = new EncodedText(province.OfficialName);
        Successor = new EncodedText(province.Successor2025);
        SuccessorCommunes = successorCommunes;
        Communes = communes;
        const string city = "Thành phố ";
        SuccessorAbbreviation = province.Successor2025Code == "79" ? new EncodedText("TP.HCM")
            : province.Successor2025.StartsWith(city, StringComparison.Ordinal) ? new EncodedText("TP. " + province.Successor2025[city.Length..])
            : null;
    }

    public int Index { get; }

    public Province Province { get; }

    /// <summary>The three-digit code as a number (1 for Hà Nội).</summary>
    public int Code { get; }

    /// <summary>"Tỉnh Bình Dương": the name at the time of a birth registration (all births in the data precede the merger).</summary>
    public EncodedText Official { get; }

    /// <summary>"Thành phố Hồ Chí Minh": the unit an address is in since 1 July 2025.</summary>
    public EncodedText Successor { get; }

    /// <summary>"TP.HCM", "TP. Hà Nội": the way clerks abbreviate a city (benign noise); null for a province.</summary>
    public EncodedText? SuccessorAbbreviation { get; }

    public int SuccessorCommunes { get; }

    /// <summary>The communes addresses and birth registrations of this province are drawn from.</summary>
    public Commune[] Communes { get; }

    /// <summary>Northern and north-central provinces (codes up to 046) use Ngõ/Thôn/Tổ dân phố and Hoàng/Vũ; the rest Hẻm/Ấp/Khu phố and Huỳnh/Võ.</summary>
    public bool IsNorth => Code <= 46;

    public bool OldNameDiffers => Official.Value != Successor.Value;
}
