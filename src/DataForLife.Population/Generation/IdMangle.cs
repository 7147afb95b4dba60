namespace DataForLife.Population.Generation;

/// <summary>How an invalid_number anomaly spoils the written number (an unknown province code needs no mangling).</summary>
internal enum IdMangle : byte
{
    None,
    MissingDigit,
    ExtraDigit,
    Letter,
}
