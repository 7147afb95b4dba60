using Npgsql;

namespace DataForLife.Tests.Support;

/// <summary>
/// A throwaway database for one test class: a SQLite file in a temporary data folder, or, when the test command sets
/// DFL_TEST_PROVIDER=postgres, a fresh database on the PostgreSQL server it started.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(string dataDirectory, string? postgresName)
    {
        DataDirectory = dataDirectory;
        _postgresName = postgresName;
    }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("DFL_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("DFL_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres";

    public string DataDirectory { get; }

    public string? PostgresConnectionString => _postgresName is null ? null : $"{PostgresServer};Database={_postgresName}";

    /// <summary>
    /// The configuration the platform (and <c>dfl</c> run against it) reads, pointing at this database, with the test
    /// key of the synthetic population, so that both make the same file.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => _postgresName is null
        ? new Dictionary<string, string?> { ["Data:Directory"] = DataDirectory, ["Database:Provider"] = "Sqlite", ["Catalogue:PopulationKey"] = PlatformFactory.PopulationKey }
        : new Dictionary<string, string?>
        {
            ["Data:Directory"] = DataDirectory,
            ["Database:Provider"] = "Postgres",
            ["Database:MigrateOnStart"] = "true",
            ["ConnectionStrings:Postgres"] = PostgresConnectionString,
            ["Catalogue:PopulationKey"] = PlatformFactory.PopulationKey,
        };

    public static TestDatabase Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dfl-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        if (!UsePostgres)
        {
            return new TestDatabase(directory, null);
        }

        var name = "dfl_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return new TestDatabase(directory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task; the temporary folder is cleaned by the OS.
        }
    }
}
