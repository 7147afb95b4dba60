namespace DataForLife.Web.Domain;

/// <summary>A platform-wide setting, such as which edition is the current one.</summary>
public sealed class SiteSetting
{
    public const string CurrentEditionKey = "CurrentEdition";

    public SiteSetting(string key, string value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; }

    public string Value { get; set; }
}
