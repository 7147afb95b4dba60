using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting;

/// <summary>A reader who proved, with a one-time code, that they hold this e-mail address or phone number.</summary>
public sealed record VoterIdentity(VoterChannel Channel, string Address)
{
    /// <summary>
    /// The key their votes are stored under (a hash; the address itself is not kept with the votes): of the mailbox,
    /// so that one mailbox's sub-addresses and Gmail's dotted spellings are one voter (<see cref="Domain.EmailAddresses.Mailbox"/>).
    /// </summary>
    public string VoterKey => Channel == VoterChannel.Email ? VoteKeys.Email(Domain.EmailAddresses.Mailbox(Address)) : VoteKeys.Phone(Address);

    /// <summary>The address with most of it hidden, to show the reader who they are signed in as.</summary>
    public string Masked
    {
        get
        {
            if (Channel == VoterChannel.Phone)
            {
                return Address.Length > 6 ? Address[..4] + new string('•', Address.Length - 7) + Address[^3..] : Address;
            }

            var at = Address.IndexOf('@', StringComparison.Ordinal);
            return at <= 1 ? Address : Address[0] + new string('•', Math.Min(at - 1, 6)) + Address[at..];
        }
    }
}
