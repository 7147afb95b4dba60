namespace DataForLife.Web.Features.Messages;

/// <summary>An e-mail ready for the outbox; <see cref="FromOrganisers"/> says it came from the organisers' version of the template.</summary>
public sealed record ComposedMail(string Subject, string Text, string? Html, bool FromOrganisers);
