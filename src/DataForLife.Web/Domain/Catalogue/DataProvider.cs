namespace DataForLife.Web.Domain.Catalogue;

/// <summary>Who offers a data set, as the plan groups them.</summary>
public enum DataProvider
{
    /// <summary>Provided by the organisers.</summary>
    Organiser,

    /// <summary>From organisations and companies working with the organisers.</summary>
    Partner,

    /// <summary>Open data from lawful, free public sources.</summary>
    Open,
}
