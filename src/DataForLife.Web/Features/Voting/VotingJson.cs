using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataForLife.Web.Features.Voting;

/// <summary>A partner's vote: the entry's public code and the partner's own id for its reader.</summary>
public sealed record VoteRequest(string? Entry, string? Voter);

/// <summary>The answer to a vote, the same whether it was counted now (201) or before (200).</summary>
public sealed record VoteResponse(string Entry, string Voter);

public sealed record TallyRow(string Entry, int Votes);

public sealed record EntryResponse(string Entry, string Team, string Idea, IReadOnlyList<string> Categories, string Url);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VoteRequest))]
[JsonSerializable(typeof(VoteResponse))]
internal sealed partial class VotingJson : JsonSerializerContext;
