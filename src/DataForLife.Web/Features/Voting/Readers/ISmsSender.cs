namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>Sends a text message to a phone number (+84 and nine digits). Throws when the message could not be handed over.</summary>
public interface ISmsSender
{
    Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
