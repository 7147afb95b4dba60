namespace DataForLife.Web.Domain.Catalogue;

/// <summary>Who may download a catalogue entry's hosted files. Everyone may read the entry itself.</summary>
public enum DownloadAudience
{
    /// <summary>Anyone, signed in or not.</summary>
    Everyone,

    /// <summary>Members of a team registered in the entry's edition, and the contest's staff (organisers, observers, judges, mentors).</summary>
    RegisteredTeams,
}
