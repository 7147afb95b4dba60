using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DataForLife.Tests.Support;

/// <summary>The whole platform over HTTP on a real database of its own, with a clock the test controls.</summary>
public class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PlatformFactory()
        : this(DateTimeOffset.UtcNow)
    {
    }

    /// <param name="start">Where the platform's clock starts; it only moves forward from there.</param>
    protected PlatformFactory(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        Database = TestDatabase.Create();
        Mailbox = new Mailbox(Path.Combine(Database.DataDirectory, "mail"));
    }

    /// <summary>The key the tests' population file is made with: a test key, never the organisers'.</summary>
    public const string PopulationKey = "test-key-of-the-synthetic-population";

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public Mailbox Mailbox { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Email:PollInterval", "00:00:01");
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Every client waits as long as a busy machine needs (HttpClient gives up after 100 seconds by default).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = Patience.Limit;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see where they lead.</summary>
    public virtual HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<AppUser> CreateUserAsync(string email, string password = TestUsers.Password, string? role = null,
        string displayName = "Nguyễn Văn An", bool confirmed = true)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = displayName, CreatedAtUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    /// <summary>Runs something against the platform's services, as the app would within one request.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public virtual Task InitializeAsync()
    {
        // Starting the server applies migrations and seeds, so every test begins on a ready platform.
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
