namespace DataForLife.Web.Features.Messages;

/// <summary>Announcements to segments and the e-mail template catalogue.</summary>
public static class MessagesServices
{
    public static IServiceCollection AddMessages(this IServiceCollection services)
    {
        services.AddScoped<MailTemplates>();
        services.AddScoped<TemplateEdits>();
        services.AddScoped<TemplateSamples>();
        services.AddScoped<SegmentResolver>();
        services.AddScoped<AnnouncementMail>();
        services.AddScoped<AnnouncementDispatcher>();
        services.AddScoped<AnnouncementCommands>();
        services.AddScoped<AnnouncementFeed>();
        return services;
    }
}
