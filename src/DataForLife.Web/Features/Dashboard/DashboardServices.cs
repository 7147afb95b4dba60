namespace DataForLife.Web.Features.Dashboard;

public static class DashboardServices
{
    /// <summary>The edition's dashboard: grouped counts drawn as charts, with their tables and CSV files.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<RegistrationFigures>();
        services.AddScoped<ProgressFigures>();
        services.AddScoped<JudgingFigures>();
        services.AddScoped<EditionDashboard>();
        return services;
    }
}
