namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>What a typed code proved: the reader's identity when verified, otherwise why not.</summary>
public sealed record CodeCheckResult(CodeCheckOutcome Outcome, VoterIdentity? Voter = null, int TriesLeft = 0);
