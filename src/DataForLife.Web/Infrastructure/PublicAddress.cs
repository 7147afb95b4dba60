namespace DataForLife.Web.Infrastructure;

/// <summary>
/// The address people use to reach the platform, for links that leave it (e-mails, shared pages): the configured
/// public address (<c>Email:PublicBaseUrl</c>) when set, else the address the request came to, with the scheme a
/// proxy on the same machine reported (forwarded headers, see <see cref="PlatformPipeline"/>).
/// </summary>
public static class PublicAddress
{
    public static string Origin(string? configured, HttpRequest? request) =>
        configured is { Length: > 0 } ? configured.TrimEnd('/')
        : request is not null ? $"{request.Scheme}://{request.Host}" : "http://localhost:5000";
}
