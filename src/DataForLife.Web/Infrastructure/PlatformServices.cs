using DataForLife.Web.Data;
using DataForLife.Web.Features.Accounts;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Infrastructure.Files;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Infrastructure;

/// <summary>Start-up wiring shared by the web app and, for the parts that are not web, the command-line tool.</summary>
public static class PlatformServices
{
    /// <summary>What every host of the platform needs: database, clock, audit, e-mail outbox, editions.</summary>
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppDatabase(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Operations.InstanceShare.FromConfiguration(configuration));
        services.AddSingleton<Operations.JobLock>();
        services.AddScoped<Backups.PlatformBackup>();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<CriticalSections>();
        services.AddScoped<Throttling.Throttle>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ContestLock>();
        services.AddScoped<EditionStore>();
        services.AddScoped<EditionCommands>();
        services.AddScoped<EditionSeeder>();
        services.AddScoped<Features.Demo.DemoSeeder>();
        services.AddScoped<Features.Demo.DemoTeams>();
        services.AddScoped<Features.Demo.DemoJudging>();
        services.AddScoped<Features.Registration.RegistrationWindow>();
        services.AddScoped<Features.Registration.EligibilityService>();
        services.AddScoped<Features.Registration.TeamCommands>();
        services.AddScoped<Features.Registration.InvitationCommands>();
        services.AddScoped<Features.Registration.ProfileCommands>();
        services.AddScoped<Features.Roster.RosterCommands>();
        services.AddScoped<Features.Registration.TeamExport>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddFileStorage(configuration);
        services.AddScoped<Features.Submissions.DossierAccess>();
        services.AddScoped<Features.Submissions.DossierCommands>();
        services.AddScoped<Features.Submissions.DossierUploads>();
        services.AddScoped<Features.Submissions.DossierQueries>();
        services.AddScoped<Features.Submissions.DossierFileDownload>();
        services.AddScoped<Features.Submissions.DossierZip>();
        services.AddScoped<Features.Submissions.DossierReminders>();
        services.AddScoped<Features.Judging.JudgeDirectory>();
        services.AddScoped<Features.Judging.JudgeAccounts>();
        services.AddScoped<Features.Accounts.RoleGrants>();
        services.AddScoped<Features.Accounts.SignInThrottle>();
        services.AddScoped<Features.Setup.SetupToken>();
        services.AddScoped<Features.Judging.RoundEntries>();
        services.AddScoped<Features.Judging.ConflictFinder>();
        services.AddScoped<Features.Judging.ConflictDecisions>();
        services.AddScoped<Features.Judging.JudgeAssignments>();
        services.AddScoped<Features.Judging.VoteBonus>();
        services.AddScoped<Features.Judging.ScoringCommands>();
        services.AddScoped<Features.Judging.RoundRankingService>();
        services.AddScoped<Features.Judging.RoundPublisher>();
        services.AddScoped<Features.Judging.PublicationChecklist>();
        services.AddScoped<Lists.ListExport>();
        services.AddScoped<Features.Judging.TieDecisions>();
        services.AddScoped<Features.Judging.PitchOrders>();
        services.AddScoped<Features.Judging.PitchSessions>();
        services.AddScoped<Features.Judging.JudgingContext>();
        services.AddScoped<Features.Judging.ScoreSheetExport>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<EmailOutbox>();
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return string.IsNullOrEmpty(options.SmtpHost)
                ? new PickupFolderMailTransport(options.PickupDirectory ?? sp.GetRequiredService<DataFolder>().Sub("mail"))
                : new SmtpMailTransport(options);
        });
        // The resource files sit beside SharedResource.cs and take its name, so no resources path is set.
        services.AddLocalization();
        services.AddPlatformIdentity();
        Features.Catalogue.CatalogueServices.AddCatalogue(services);
        Features.Voting.VotingServices.AddVoting(services);
        Features.Mentoring.MentoringServices.AddMentoring(services);
        Features.Final.FinalServices.AddFinal(services);
        Features.Ceremony.CeremonyServices.AddCeremony(services);
        Features.Dashboard.DashboardServices.AddDashboard(services);
        Features.Messages.MessagesServices.AddMessages(services);
        return services;
    }

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddPlatformCore(configuration);
        Features.Voting.VotingServices.AddVoteWriter(services, configuration);
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<Features.Submissions.DossierReminderService>();
        services.AddHostedService<Features.Ceremony.CeremonyReleaseService>();
        services.AddHostedService<Features.Messages.AnnouncementDispatchService>();
        services.AddObservability(configuration);
        // Inputs are checked by the rules classes, with localised messages; MVC's implicit "required" for every
        // non-nullable string would only add English messages for fields a form leaves blank on purpose.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            var form = o.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory>().Single();
            o.ValueProviderFactories[o.ValueProviderFactories.IndexOf(form)] = new InvariantFormValueProviderFactory();
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Conventions.ConfigureFilter(new BoundTextGuard.ForPages());
                o.Conventions.AddPageRoute("/Public/Landing", "editions/{id}");
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedModelBindingMessages>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Vietnamese);
            o.AddSupportedCultures(Cultures.Supported);
            o.AddSupportedUICultures(Cultures.Supported);
            // People choose with the switch (a cookie); programs calling the API may also say Accept-Language.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context => context.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(context)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new Domain.Editions.VietnamTimeJsonConverter());
            // Enum values by name only: a number would be stored as given, even one that names nothing.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        // Vietnamese is written as is, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = BodyLimits.Explain413);
        services.AddExceptionHandler<BodyLimits.OversizedBodyHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Digital Data For Life API";
            document.Info.Description = "The contest platform's API: editions, and the features built on them.";
            return Task.CompletedTask;
        }));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Organizer, p => p.RequireRole(Domain.Accounts.Roles.Organizer))
            .AddPolicy(Policies.OrganizerOrObserver, p => p.RequireRole(Domain.Accounts.Roles.Organizer, Domain.Accounts.Roles.Observer))
            // Deny by default: every endpoint needs a signed-in person unless it allows anonymous use explicitly.
            // A request that matches no endpoint is let through, so that it ends as a plain 404, not a sign-in prompt.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || (c.Resource is HttpContext http && http.GetEndpoint() is null))
                .Build());
        services.AddAntiforgery(o => o.Cookie.Name = "dfl.af");
        if (!environment.IsDevelopment())
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        }

        return services;
    }
}
