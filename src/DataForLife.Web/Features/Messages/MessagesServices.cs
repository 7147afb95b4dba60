namespace DataForLife.Web.Features.Messages;

/// <summary>The e-mail template catalogue.</summary>
public static class MessagesServices
{
    public static IServiceCollection AddMessages(this IServiceCollection services)
    {
        services.AddScoped<MailTemplates>();
        services.AddScoped<TemplateEdits>();
        services.AddScoped<TemplateSamples>();
        return services;
    }
}
