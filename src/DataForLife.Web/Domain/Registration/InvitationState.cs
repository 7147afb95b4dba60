namespace DataForLife.Web.Domain.Registration;

public enum InvitationState
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}
