using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Ceremony;

/// <summary>
/// When the final's results are public: once the final is published and the ceremony's time has come. Until then no
/// page, letter, API answer or export shows its ranking; without a time set they stay hidden.
/// </summary>
public static class ResultsRelease
{
    public static bool IsPublic(CeremonySettings ceremony, bool finalPublished, DateTimeOffset now) =>
        finalPublished && ceremony.ResultsAt is { } at && now >= at;

    /// <summary>Whether a round's published standings may be shown: every round but the last as soon as it is published.</summary>
    public static bool RoundIsPublic(EditionDefinition edition, string roundCode, bool published, DateTimeOffset now) =>
        published && (edition.Rounds.Count == 0 || edition.Rounds[^1].Code != roundCode || IsPublic(edition.Ceremony, true, now));

    /// <summary>
    /// Announcing now brings the results' time forward to this instant; a time already past stays as it is, so the
    /// moment the results went public never moves.
    /// </summary>
    public static CeremonySettings AnnouncedAt(CeremonySettings ceremony, DateTimeOffset now) =>
        ceremony.ResultsAt is { } at && at <= now ? ceremony : ceremony with { ResultsAt = now };
}
