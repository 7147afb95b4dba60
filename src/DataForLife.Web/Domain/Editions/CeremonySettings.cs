namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// The award ceremony: the final's results are public only from <see cref="ResultsAt"/> (set by the organisers, or
/// brought forward to "now" when they announce early), and which certificates of participation are issued beside the
/// prize winners' certificates.
/// </summary>
public sealed record CeremonySettings
{
    /// <summary>When the final's results go public; none means they stay hidden until the organisers set it.</summary>
    public DateTimeOffset? ResultsAt { get; init; }

    /// <summary>Each member of a finalist team (TOP 10) that won no prize gets a certificate of participation.</summary>
    public bool CertifyFinalists { get; init; } = true;

    /// <summary>Each member of a team of the first round's selection (TOP 30) that went no further gets one too.</summary>
    public bool CertifySelected { get; init; }
}
