namespace DataForLife.Web.Features.Catalogue;

public static class CatalogueServices
{
    /// <summary>The catalogue's services; its pages are found with the others, its API is mapped by <see cref="CatalogueApi.MapCatalogue"/>.</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddOptions<CatalogueOptions>().BindConfiguration("Catalogue");
        services.AddSingleton<PopulationKey>();
        services.AddScoped<CatalogueSeeder>();
        services.AddScoped<CatalogueQueries>();
        services.AddScoped<CatalogueCommands>();
        services.AddScoped<HostedFileUploads>();
        services.AddScoped<HostedFileDownload>();
        services.AddScoped<DownloadAccess>();
        services.AddScoped<TopicCommands>();
        services.AddScoped<PredictionCommands>();
        return services;
    }
}
