namespace DataForLife.Web.Domain.Editions;

/// <summary>One year's contest, identified by a short id such as <c>2023</c>.</summary>
public sealed class Edition
{
    private Edition(string id, EditionDefinition definition, DateTime createdAtUtc)
    {
        Id = id;
        Definition = definition;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public string Id { get; private set; }

    public EditionDefinition Definition { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Raised on every change; two organisers editing at once cannot overwrite each other silently.</summary>
    public int Revision { get; private set; }

    public static Edition Create(string id, EditionDefinition definition, DateTime nowUtc) => new(id, definition, nowUtc);

    public void Replace(EditionDefinition definition, DateTime nowUtc)
    {
        Definition = definition;
        UpdatedAtUtc = nowUtc;
        Revision++;
    }
}
