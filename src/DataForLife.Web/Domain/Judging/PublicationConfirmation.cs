using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// The deliberate confirmation asked before a round is published, or closed early, with something missing: the
/// organiser types the round's name. Either language's name is accepted, without regard to case, diacritics or extra
/// spaces (a Vietnamese name typed on a keyboard without an input method still counts); anything else does not.
/// </summary>
public static class PublicationConfirmation
{
    public static bool NameMatches(LocalizedText roundName, string? typed)
    {
        var key = VietnameseText.Fold(typed);
        return key.Length > 0 && (key == VietnameseText.Fold(roundName.Vi) || key == VietnameseText.Fold(roundName.En));
    }

    /// <summary>Whether a change of the round's end closes its scoring now: the end was still ahead and is moved to now or before.</summary>
    public static bool EndMovedIntoPast(DateTimeOffset endedAt, DateTimeOffset endsAt, DateTimeOffset now) => endedAt > now && endsAt <= now;
}
