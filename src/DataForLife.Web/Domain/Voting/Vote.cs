namespace DataForLife.Web.Domain.Voting;

/// <summary>
/// One counted (or quarantined) vote for an entry. The database allows one row per edition, entry, voter and day
/// (<see cref="Day"/> is 0 when the rule is one vote for the whole window), so a vote sent twice is counted once.
/// Votes are never deleted: quarantine sets <see cref="QuarantineId"/>, release clears it.
/// </summary>
public sealed class Vote
{
    public long Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public int TeamId { get; set; }

    /// <summary>SHA-256 (hex) of the voter's identity: a verified e-mail or phone, or a partner's reader id within that partner.</summary>
    public string VoterKey { get; set; } = string.Empty;

    /// <summary>The Viet Nam day number (days since 0001-01-01) under the one-per-day rule; 0 under the whole-window rule.</summary>
    public int Day { get; set; }

    public VoteSource Source { get; set; }
    public int? PartnerKeyId { get; set; }

    /// <summary>The sender's network: the /24 of an IPv4 address, the /48 of an IPv6 one.</summary>
    public string Network { get; set; } = string.Empty;

    public string UserAgent { get; set; } = string.Empty;
    public DateTime CastAtUtc { get; set; }

    /// <summary>Minutes since the Unix epoch, for per-minute counts in any database.</summary>
    public int Minute { get; set; }

    public long? QuarantineId { get; set; }
}
