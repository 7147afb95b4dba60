using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataForLife.OperationsTests;

/// <summary>
/// Two real platform processes (<c>dotnet DataForLife.Web.dll</c>, the build the test command made) on two loopback
/// ports, against one fresh PostgreSQL database on the server DFL_TEST_POSTGRES names, sharing one folder for uploaded
/// files, mail and text messages, behind nginx from the distribution. Each instance keeps its own data folder.
/// </summary>
public abstract class Cluster : IAsyncLifetime
{
    private readonly List<Process> _processes = [];
    private readonly string _database = "dfl_ops_" + Guid.NewGuid().ToString("N");
    private string? _nginxFolder;

    protected Cluster()
    {
        Root = Directory.CreateTempSubdirectory("dfl-ops-").FullName;
    }

    public string Root { get; }

    public string Shared => Path.Combine(Root, "shared");

    public Uri A { get; private set; } = null!;

    public Uri B { get; private set; } = null!;

    public Uri Proxy { get; private set; } = null!;

    private static string Server => Environment.GetEnvironmentVariable("DFL_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres";

    public string ConnectionString => $"{Server};Database={_database}";

    private static string Built(string project, string file)
    {
        // tests/X/bin/<Configuration>/<framework>/ → src/<project>/bin/<Configuration>/<framework>/<file>
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DataForLife.slnx")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", project, "bin", configuration, framework, file);
    }

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(Server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{_database}\"";
            await create.ExecuteNonQueryAsync();
        }

        await DflAsync("db", "migrate");
        await SeedAsync();
        var (portA, portB, portProxy) = (FreePort(), FreePort(), FreePort());
        A = new Uri($"http://127.0.0.1:{portA}");
        B = new Uri($"http://127.0.0.1:{portB}");
        Proxy = new Uri($"http://127.0.0.1:{portProxy}");
        await Task.WhenAll(StartInstanceAsync("a", A), StartInstanceAsync("b", B));
        StartProxy(portA, portB, portProxy);
        await UntilReadyAsync(Proxy, "nginx");
    }

    /// <summary>What the cluster's database holds before the instances start (through <see cref="DflAsync"/>).</summary>
    protected abstract Task SeedAsync();

    /// <summary>Runs <c>dfl</c> against the cluster's database; its standard output when it succeeds.</summary>
    public async Task<string> DflAsync(params string[] args)
    {
        using var process = Start("dfl", ["exec", Built("DataForLife.Cli", "dfl.dll"), .. args], Path.Combine(Root, "cli"));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"dfl {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
        return await output;
    }

    /// <summary>The platform's services over the cluster's database, to read what the instances stored.</summary>
    public ServiceProvider Platform()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(Path.Combine(Root, "reader"))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPlatformCore(configuration);
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
            if (_nginxFolder is not null)
            {
                Directory.Delete(_nginxFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file a finishing process still holds; the temporary folder is cleaned by the system.
        }
    }

    private Dictionary<string, string?> Settings(string dataDirectory) => new()
    {
        ["Data:Directory"] = dataDirectory,
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = ConnectionString,
        ["Files:Directory"] = Path.Combine(Shared, "files"),
        ["Email:PickupDirectory"] = Path.Combine(Shared, "mail"),
        ["Email:PollInterval"] = "00:00:01",
        ["Sms:Directory"] = Path.Combine(Shared, "sms"),
        ["Reminders:Interval"] = "00:00:01",
        ["Platform:Instances"] = "2",
    };

    private Process Start(string name, string[] arguments, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Settings(dataDirectory))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
    }

    private async Task StartInstanceAsync(string name, Uri address)
    {
        var process = Start(name, [Built("DataForLife.Web", "DataForLife.Web.dll"), "--urls", address.ToString()], Path.Combine(Root, name));
        _processes.Add(process);
        var log = Path.Combine(Root, name + ".log");
        _ = process.StandardOutput.BaseStream.CopyToAsync(File.Create(log));
        _ = process.StandardError.BaseStream.CopyToAsync(File.Create(log + ".err"));
        await UntilReadyAsync(address, name, process, log);
    }

    private void StartProxy(int portA, int portB, int portProxy)
    {
        // nginx's workers run as an unprivileged user and keep large request bodies in files: a folder they can reach.
        var folder = Directory.CreateTempSubdirectory("dfl-ops-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        _nginxFolder = folder;
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream platform { server 127.0.0.1:{{portA}}; server 127.0.0.1:{{portB}}; keepalive 32; }
              server {
                listen 127.0.0.1:{{portProxy}};
                client_max_body_size 100m;
                location = /metrics { return 404; }
                location / {
                  proxy_pass http://platform;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $remote_addr;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        _processes.Add(Process.Start(start) ?? throw new InvalidOperationException("nginx did not start."));
    }

    private static async Task UntilReadyAsync(Uri address, string name, Process? process = null, string? log = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < until)
        {
            if (process?.HasExited == true)
            {
                await Task.Delay(500);
                Assert.Fail($"{name} exited with {process.ExitCode} before it was ready: {await File.ReadAllTextAsync(log!)}{await File.ReadAllTextAsync(log + ".err")}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(address, "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"{name} was not ready within five minutes (a machine this busy, or a start-up that hangs).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
