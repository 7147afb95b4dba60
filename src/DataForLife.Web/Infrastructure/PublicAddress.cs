using DataForLife.Web.Features.Email;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// The address people use to reach the platform, for every link that leaves it (e-mails, shared pages, Open Graph
/// tags): the configured public address (<c>Email:PublicBaseUrl</c>), else the address this server listens on. Never
/// the Host header of a request, which whoever sends the request chooses: a reset link built from it would carry a
/// valid code to their site. In Production the platform does not start without a public address unless it listens
/// on this machine only (<see cref="EnsureConfigured"/>).
/// </summary>
public sealed class PublicAddress(IOptions<EmailOptions> options, IServiceProvider services)
{
    private const string Fallback = "http://localhost";

    public string Origin => Configured(options.Value.PublicBaseUrl) ?? Listening() ?? Fallback;

    /// <summary>An absolute link to a path of the platform.</summary>
    public string Link(string pathAndQuery) => Origin + pathAndQuery;

    /// <summary>Refuses to start with a public address that is not one, or with none where links would be wrong.</summary>
    public static void EnsureConfigured(IConfiguration configuration, IHostEnvironment environment, string? urls)
    {
        var configured = configuration["Email:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured) && Configured(configured) is null)
        {
            throw new InvalidOperationException($"Email:PublicBaseUrl '{configured}' is not an absolute http or https address without a path (such as https://dulieuso.vn).");
        }

        var listensBeyondThisMachine = (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(url => !IsLoopback(url));
        if (string.IsNullOrWhiteSpace(configured) && environment.IsProduction() && listensBeyondThisMachine)
        {
            throw new InvalidOperationException(
                "Set Email:PublicBaseUrl (environment: Email__PublicBaseUrl) to the address people use, such as https://dulieuso.vn: " +
                "links in e-mails and shared pages are built from it, never from a request's Host header.");
        }
    }

    private static string? Configured(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    private string? Listening()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.OrderByDescending(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (address is null || !Uri.TryCreate(WithNamedHost(address), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>A wildcard listening address (http://+:80, http://0.0.0.0:80, http://[::]:80) names no host: localhost.</summary>
    private static string WithNamedHost(string address)
    {
        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
        {
            if (address.Contains(wildcard, StringComparison.Ordinal))
            {
                return address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
            }
        }

        return address;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(WithNamedHostForCheck(url), UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");

    // For the start-up check a wildcard is the opposite of loopback: it listens on every interface.
    private static string WithNamedHostForCheck(string url) => url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
}
