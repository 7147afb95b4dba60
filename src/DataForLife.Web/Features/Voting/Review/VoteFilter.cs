using System.Text.Json;
using System.Text.Json.Serialization;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Which counted votes of an edition a quarantine takes; every criterion given must match. Entry, network, user agent,
/// partner key or a time range: at least one is required, so that no quarantine takes a whole edition by mistake. The
/// source only narrows (a network's web votes, not a partner's server that happens to share it). Minutes are
/// <see cref="Vote.Minute"/> values, both ends included. A user agent of "" means votes sent without one.
/// </summary>
public sealed record VoteFilter(
    int? TeamId = null,
    string? Network = null,
    string? UserAgent = null,
    int? PartnerKeyId = null,
    VoteSource? Source = null,
    int? FromMinute = null,
    int? ToMinute = null)
{
    public const int MaxNetworkLength = 64;
    public const int MaxUserAgentLength = VoteKeys.MaxUserAgentLength;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [JsonIgnore]
    public bool IsEmpty => TeamId is null && string.IsNullOrEmpty(Network) && UserAgent is null && PartnerKeyId is null && FromMinute is null && ToMinute is null;

    /// <summary>False when a value could never match a stored vote (too long, or a range that ends before it starts).</summary>
    [JsonIgnore]
    public bool IsValid => Network is not { Length: > MaxNetworkLength } && UserAgent is not { Length: > MaxUserAgentLength }
        && !(FromMinute > ToMinute) && IsMinute(FromMinute) && IsMinute(ToMinute);

    /// <summary>Minutes since 1970 to the end of the year 2100: a finding's minutes always are; a forged one is refused.</summary>
    private static bool IsMinute(int? minute) => minute is not { } value || (value >= 0 && value <= MaxMinute);

    private static readonly int MaxMinute = VoteKeys.Minute(new DateTime(VietnamTime.LatestYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public IQueryable<Vote> Apply(IQueryable<Vote> votes)
    {
        if (TeamId is { } team)
        {
            votes = votes.Where(v => v.TeamId == team);
        }

        if (!string.IsNullOrEmpty(Network))
        {
            votes = votes.Where(v => v.Network == Network);
        }

        if (UserAgent is not null)
        {
            votes = votes.Where(v => v.UserAgent == UserAgent);
        }

        if (PartnerKeyId is { } key)
        {
            votes = votes.Where(v => v.PartnerKeyId == key);
        }

        if (Source is { } source)
        {
            votes = votes.Where(v => v.Source == source);
        }

        if (FromMinute is { } from)
        {
            votes = votes.Where(v => v.Minute >= from);
        }

        if (ToMinute is { } to)
        {
            votes = votes.Where(v => v.Minute <= to);
        }

        return votes;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The filter a quarantine was made with, or an empty one when its JSON cannot be read.</summary>
    public static VoteFilter FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<VoteFilter>(json, Json) ?? new VoteFilter();
        }
        catch (JsonException)
        {
            return new VoteFilter();
        }
    }
}
