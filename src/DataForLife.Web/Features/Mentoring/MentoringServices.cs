namespace DataForLife.Web.Features.Mentoring;

public static class MentoringServices
{
    public static IServiceCollection AddMentoring(this IServiceCollection services) => services
        .AddScoped<MentorProposals>()
        .AddScoped<MentorAccounts>()
        .AddScoped<MentorCommands>()
        .AddScoped<MentoringAccess>()
        .AddScoped<MentoringLog>()
        .AddScoped<MentorDirectory>();
}
