namespace DataForLife.Web.Features.Voting.Readers;

public enum CodeSendOutcome
{
    /// <summary>The code is stored and on its way (queued e-mail, or handed to the SMS sender).</summary>
    Sent,

    /// <summary>The address has had <see cref="VoterCodes.SendsPerAddress"/> codes within <see cref="VoterCodes.AddressWindow"/>.</summary>
    AddressLimit,

    /// <summary>The network (/24 or /48) has asked for <see cref="VoterCodes.SendsPerNetwork"/> codes within <see cref="VoterCodes.NetworkWindow"/>.</summary>
    NetworkLimit,

    /// <summary>The code is stored but the SMS sender refused the message.</summary>
    NotDelivered,
}
