using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Voting;

/// <summary>How a vote is keyed: who the voter is (hashed), which day it counts for, which network it came from.</summary>
public static class VoteKeys
{
    /// <summary>The longest reader id a partner may send.</summary>
    public const int MaxPartnerVoterLength = 128;

    public static string Email(string normalisedAddress) => Hash("email:" + normalisedAddress);

    public static string Phone(string normalisedNumber) => Hash("phone:" + normalisedNumber);

    /// <summary>A partner's reader, within that partner: the same reader id at two partners is two voters.</summary>
    public static string PartnerReader(string partnerName, string readerId) => Hash("partner:" + partnerName.Trim().ToLowerInvariant() + ":" + readerId);

    /// <summary>0 under the whole-window rule; otherwise the Viet Nam day the vote was cast on.</summary>
    public static int Day(DateTime castAtUtc, VoteRule rule) =>
        rule == VoteRule.OnePerEntryPerDay ? DateOnly.FromDateTime(VietnamTime.ToVietnam(castAtUtc).DateTime).DayNumber : 0;

    public static int Minute(DateTime castAtUtc) => (int)(new DateTimeOffset(DateTime.SpecifyKind(castAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds() / 60);

    public static DateTime FromMinute(int minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60L).UtcDateTime;

    /// <summary>The /24 of an IPv4 address (or of an IPv4-mapped IPv6 one), the /48 of an IPv6 address.</summary>
    public static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        }

        return $"{bytes[0]:x2}{bytes[1]:x2}:{bytes[2]:x2}{bytes[3]:x2}:{bytes[4]:x2}{bytes[5]:x2}::/48";
    }

    /// <summary>The longest user agent kept with a vote (the column's length).</summary>
    public const int MaxUserAgentLength = 256;

    /// <summary>The user agent as it is kept with a vote: cut to <see cref="MaxUserAgentLength"/> characters.</summary>
    public static string UserAgent(string? agent) =>
        string.IsNullOrEmpty(agent) ? string.Empty : VietnameseText.Cut(agent, MaxUserAgentLength);

    /// <summary>A reader id a partner may send: 1 to 128 characters, none of them control characters.</summary>
    public static bool IsValidPartnerVoter(string? voter) =>
        !string.IsNullOrWhiteSpace(voter) && voter.Length <= MaxPartnerVoterLength && !voter.Any(char.IsControl);

    private static string Hash(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
}
