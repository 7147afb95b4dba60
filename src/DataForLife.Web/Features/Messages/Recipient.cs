namespace DataForLife.Web.Features.Messages;

/// <summary>A person an announcement goes to.</summary>
public sealed record Recipient(string UserId, string Email, string Name);
