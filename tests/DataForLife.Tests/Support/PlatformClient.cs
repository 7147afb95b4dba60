using Microsoft.AspNetCore.Mvc.Testing;

namespace DataForLife.Tests.Support;

public static class PlatformClient
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see where they lead.</summary>
    public static HttpClient CreateBrowserLikeClient(this PlatformFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Switches the client's language to English with the site's own switch.</summary>
    public static async Task UseEnglishAsync(this HttpClient client) => await client.GetAsync("/culture/en");
}
