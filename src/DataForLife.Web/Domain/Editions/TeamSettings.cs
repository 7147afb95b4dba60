namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// The plan does not say how large a team may be; 1 to 5 people is our default. The largest size is checked when
/// someone is invited or accepts (pending invitations count), the smallest when the dossier is submitted.
/// </summary>
public sealed record TeamSettings
{
    public int MinSize { get; init; } = 1;
    public int MaxSize { get; init; } = 5;

    /// <summary>Whether one more person fits beside <paramref name="members"/> members and <paramref name="pending"/> open invitations.</summary>
    public bool HasRoomForOneMore(int members, int pending = 0) => members + pending < MaxSize;

    /// <summary>Whether a team of <paramref name="members"/> may submit its dossier.</summary>
    public bool IsLargeEnough(int members) => members >= MinSize;
}
