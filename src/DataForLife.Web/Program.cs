using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Public;
using DataForLife.Web.Features.Registration;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure;

// The app's own folder holds its settings and assets, so it runs the same from any working directory;
// the working directory decides only where the relative data folder (./data) is.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseUrlsIfUnset("http://localhost:5000");
PublicAddress.EnsureConfigured(builder.Configuration, builder.Environment, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
builder.Services.AddPlatform(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.InitializeDatabaseAsync();
await DataForLife.Web.Features.Setup.SetupAnnouncement.AnnounceSetupAsync(app);
app.UsePlatform();

// Every API endpoint that binds a body (the platform's own types, lists, dictionaries, JSON values, [FromBody]) has
// it checked for NUL characters first; a JSON body takes at most BodyLimits.JsonBytes unless the endpoint says otherwise.
var api = app.MapGroup(string.Empty).AddEndpointFilterFactory(BoundTextGuard.Create).WithJsonBodyLimit();
api.MapEditions();
api.MapRegistration();
api.MapOrganizerTeams();
api.MapDossiers();
api.MapJudging();
DataForLife.Web.Features.Catalogue.CatalogueApi.MapCatalogue(api);
DataForLife.Web.Features.Voting.VotingApi.MapVoting(api);
DataForLife.Web.Features.Mentoring.MentoringApi.MapMentoring(api);
DataForLife.Web.Features.Final.FinalApi.MapFinal(api);
DataForLife.Web.Features.Ceremony.ResultsApi.MapResults(api);
DataForLife.Web.Features.Ceremony.PressKit.MapPressKit(api);
DataForLife.Web.Features.Certificates.CertificatesApi.MapCertificates(api);
app.MapCulture();
app.MapPlatformEndpoints();

await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
