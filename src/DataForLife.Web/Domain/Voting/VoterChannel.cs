namespace DataForLife.Web.Domain.Voting;

public enum VoterChannel
{
    Email,
    Phone,
}
