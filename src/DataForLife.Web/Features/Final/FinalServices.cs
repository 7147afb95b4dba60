namespace DataForLife.Web.Features.Final;

public static class FinalServices
{
    public static IServiceCollection AddFinal(this IServiceCollection services) => services
        .AddScoped<Finalists>()
        .AddScoped<FinalClock>()
        .AddScoped<FinalTickets>()
        .AddScoped<HandInAccess>()
        .AddScoped<HandInCommands>()
        .AddScoped<Demo.DemoFinal>();
}
