namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>What became of a request for a code; when refused for a limit, how many minutes until one more is allowed.</summary>
public sealed record CodeSendResult(CodeSendOutcome Outcome, int RetryAfterMinutes = 0);
