using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.OperationsTests;

/// <summary>
/// The S3 file store against a real S3-compatible server on loopback: s3rver, from npm (the test command installs it
/// in ~/.cache/dfl-s3rver; DFL_S3RVER names another copy of its program).
/// </summary>
[Trait("Category", "Operations")]
public sealed class S3StorageTests : IAsyncLifetime
{
    private const string Bucket = "dataforlife";
    private readonly string _folder = Directory.CreateTempSubdirectory("dfl-s3-").FullName;
    private Process? _server;
    private S3FileStorage _storage = null!;

    private static string Program => Environment.GetEnvironmentVariable("DFL_S3RVER") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "dfl-s3rver", "node_modules", ".bin", "s3rver");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Program), $"s3rver is not installed at {Program}: npm install --prefix ~/.cache/dfl-s3rver s3rver@3.7.1 (./test.sh does).");
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-d", _folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException) when (attempt < 200 && _server?.HasExited == false)
            {
                await Task.Delay(100);
            }
        }

        // s3rver's own fixed credentials.
        _storage = new S3FileStorage(new S3StorageOptions
        {
            Bucket = Bucket, ServiceUrl = $"http://127.0.0.1:{port}", AccessKey = "S3RVER", SecretKey = "S3RVER", ForcePathStyle = true,
        });
    }

    public async Task DisposeAsync()
    {
        _storage.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Files_are_stored_read_listed_replaced_restored_and_removed_in_the_bucket()
    {
        var content = RandomNumberGenerator.GetBytes(200_000);
        var stored = await _storage.SaveAsync(new MemoryStream(content), maxBytes: 1_000_000, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content.Length, stored.Size);
        Assert.Equal(content[..64], stored.Head);
        Assert.Equal(content, await ReadAsync(stored.Key));
        Assert.True(_storage.Exists(stored.Key));

        // Too large: nothing is kept.
        Assert.Null(await _storage.SaveAsync(new MemoryStream(content), maxBytes: 1000, CancellationToken.None));
        Assert.Equal([stored.Key], await KeysAsync());

        var replaced = await _storage.ReplaceAsync(stored.Key, [1, 2, 3], CancellationToken.None);
        Assert.Equal(3, replaced.Size);
        Assert.Equal([1, 2, 3], await ReadAsync(stored.Key));

        var restoredKey = Guid.NewGuid().ToString("N");
        await _storage.PutAsync(restoredKey, new MemoryStream(content), CancellationToken.None);
        Assert.Equal(content, await ReadAsync(restoredKey));
        Assert.Equal(new[] { stored.Key, restoredKey }.Order(StringComparer.Ordinal), (await KeysAsync()).Order(StringComparer.Ordinal));

        _storage.Delete(stored.Key);
        Assert.False(_storage.Exists(stored.Key));
        Assert.Equal([restoredKey], await KeysAsync());
    }

    private async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = _storage.OpenRead(key);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<List<string>> KeysAsync()
    {
        var keys = new List<string>();
        await foreach (var key in _storage.ListKeysAsync(CancellationToken.None))
        {
            keys.Add(key);
        }

        return keys;
    }
}
