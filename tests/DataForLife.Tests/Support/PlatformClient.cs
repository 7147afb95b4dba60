namespace DataForLife.Tests.Support;

public static class PlatformClient
{
    /// <summary>Switches the client's language to English with the site's own switch.</summary>
    public static async Task UseEnglishAsync(this HttpClient client) => await client.GetAsync("/culture/en");
}
