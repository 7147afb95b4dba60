using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// The quarantine form: a finding's form sends its exact set as minutes; the organisers' own filter gives times in
/// Viet Nam time instead. A blank field is no criterion; "no user agent" asks for votes sent without one.
/// </summary>
public sealed class QuarantineInput
{
    public int? TeamId { get; set; }
    public string? Network { get; set; }
    public string? UserAgent { get; set; }
    public bool NoUserAgent { get; set; }
    public int? PartnerKeyId { get; set; }
    public VoteSource? Source { get; set; }
    public int? FromMinute { get; set; }
    public int? ToMinute { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? Reason { get; set; }

    /// <summary>Sent by the organisers' own filter, not by a finding's form: only then is a refused form shown back.</summary>
    public bool Custom { get; set; }

    /// <summary>Times typed into the organisers' own filter are within years 2000 to 2100 (or left blank).</summary>
    public bool HasPlausibleTimes => (From is not { } from || VietnamTime.IsPlausible(from)) && (To is not { } to || VietnamTime.IsPlausible(to));

    public VoteFilter ToFilter() => new(
        TeamId,
        string.IsNullOrWhiteSpace(Network) ? null : Network.Trim(),
        NoUserAgent ? string.Empty : UserAgent,
        PartnerKeyId,
        Source,
        FromMinute ?? (From is { } from ? VoteKeys.Minute(VietnamTime.FromLocal(from).UtcDateTime) : null),
        // "Until 10:05" includes the minute 10:05 itself.
        ToMinute ?? (To is { } to ? VoteKeys.Minute(VietnamTime.FromLocal(to).UtcDateTime) : null));
}
