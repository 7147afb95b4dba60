namespace DataForLife.Web.Infrastructure;

public static class WebHostBuilderExtensions
{
    /// <summary>Listens on the given address unless --urls, ASPNETCORE_URLS or Urls configuration says otherwise.</summary>
    public static IWebHostBuilder UseUrlsIfUnset(this IWebHostBuilder builder, string urls) =>
        string.IsNullOrEmpty(builder.GetSetting(WebHostDefaults.ServerUrlsKey)) ? builder.UseUrls(urls) : builder;
}
