using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Cli;

/// <summary>
/// <c>dfl partner-keys</c> run in-process against the data folder of a running platform whose 2023 vote is open, so a
/// key made by the command is tried on the real vote API.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class PartnerKeyCliTests(PartnerKeyCliTests.Fixture fixture) : IClassFixture<PartnerKeyCliTests.Fixture>
{
    public sealed class Fixture : VotingFactory, IAsyncLifetime
    {
        public IReadOnlyList<string> Entries { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Entries = await OpenVotingAsync();
        }
    }

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string LastLine => Output.TrimEnd().Split('\n')[^1].TrimEnd('\r');
    }

    [GeneratedRegex("^dfl_([0-9]+)_([A-Za-z0-9_-]{43})$")]
    private static partial Regex KeyShape();

    private async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DflCommand.Build(c => c.AddInMemoryCollection(fixture.Database.Settings)).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(code, output.ToString(), error.ToString());
    }

    private async Task<(int Id, string Key)> CreateAsync(params string[] args)
    {
        var run = await RunAsync(["partner-keys", "create", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        var match = KeyShape().Match(run.LastLine);
        Assert.True(match.Success, $"The last line is not a key: '{run.LastLine}'");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), run.LastLine);
    }

    private Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query) =>
        fixture.WithScopeAsync(sp => query(sp.GetRequiredService<AppDbContext>()));

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> KeyCountAsync() => QueryAsync(db => db.PartnerKeys.CountAsync());

    private Task<HttpResponseMessage> VoteAsync(string key, string entry, string voter)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client.PostAsync("/api/v1/editions/2023/votes",
            new StringContent(JsonSerializer.Serialize(new { entry, voter }), Encoding.UTF8, "application/json"));
    }

    /// <summary>
    /// The tally's answer to the key once the platform has reloaded it: past the cache period, a request may still be
    /// answered from the old copy while the new one loads, so the side-effect-free tally is asked until it changes.
    /// </summary>
    private async Task<HttpStatusCode> TallyStatusOnceReloadedAsync(string key)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var status = (await client.GetAsync("/api/v1/editions/2023/votes/tally")).StatusCode;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (status == HttpStatusCode.OK && waited.Elapsed < Patience.Limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            status = (await client.GetAsync("/api/v1/editions/2023/votes/tally")).StatusCode;
        }

        return status;
    }

    [Fact]
    public async Task Create_prints_the_key_alone_on_the_last_line_in_the_form_dfl_id_secret()
    {
        var run = await RunAsync("partner-keys", "create", "--name", "VnExpress", "--edition", "2023", "--rate-limit", "50");

        Assert.Equal(0, run.ExitCode);
        var match = KeyShape().Match(run.LastLine);
        Assert.True(match.Success, $"The last line is not a key: '{run.LastLine}'");
        var id = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var key = await QueryAsync(db => db.PartnerKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.Equal(("VnExpress", "2023", 50), (key.Name, key.EditionId, key.RateLimit));
        Assert.Contains($"Partner key {id} 'VnExpress' for 2023, 50 requests per second.", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(run.Output, "dfl_[0-9]+_"));
    }

    [Fact]
    public async Task Without_an_edition_the_key_is_for_every_edition_with_no_rate_limit()
    {
        var run = await RunAsync("partner-keys", "create", "--name", "Báo Thanh Niên");

        Assert.Equal(0, run.ExitCode);
        var id = int.Parse(KeyShape().Match(run.LastLine).Groups[1].Value, CultureInfo.InvariantCulture);
        var key = await QueryAsync(db => db.PartnerKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.Null(key.EditionId);
        Assert.Equal(0, key.RateLimit);
        Assert.Contains("for every edition, no rate limit.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_keeps_only_the_SHA_256_of_the_secret_and_the_platform_recognises_the_key_by_it()
    {
        var (id, key) = await CreateAsync("--name", "Tuổi Trẻ", "--edition", "2023");
        var secret = KeyShape().Match(key).Groups[2].Value;

        var row = await QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"PartnerKeys\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, string>>();
            while (await reader.ReadAsync())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty));
            }

            return rows.Single(r => r["Id"] == Text(id));
        });
        var audit = await QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PartnerKey)).ToListAsync());

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), row["SecretHash"]);
        Assert.All(row.Values, value => Assert.DoesNotContain(secret, value, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "partner-key.created" && a.EntityId == row["Id"]);
        Assert.All(audit, a => Assert.DoesNotContain(secret, (a.BeforeJson ?? string.Empty) + a.AfterJson, StringComparison.Ordinal));
        var cache = fixture.Services.GetRequiredService<PartnerKeyCache>();
        Assert.Equal(id, (await cache.AuthenticateAsync("Bearer " + key, CancellationToken.None))?.Id);
        Assert.Null(await cache.AuthenticateAsync("Bearer " + key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), CancellationToken.None));
    }

    [Fact]
    public async Task A_key_made_by_the_command_casts_a_vote_through_the_vote_API_while_voting_is_open()
    {
        var (id, key) = await CreateAsync("--name", "Dân Trí", "--edition", "2023");
        var entry = fixture.Entries[5];

        var response = await VoteAsync(key, entry, "dantri-reader-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(entry, body.GetProperty("entry").GetString());
        var vote = await QueryAsync(db => db.Votes.AsNoTracking().SingleAsync(v => v.PartnerKeyId == id));
        Assert.Equal(VoteSource.Partner, vote.Source);
        Assert.Equal(VoteKeys.PartnerReader("Dân Trí", "dantri-reader-1"), vote.VoterKey);
    }

    [Fact]
    public async Task A_key_revoked_by_the_command_is_refused_by_the_vote_API_within_seconds()
    {
        var (id, key) = await CreateAsync("--name", "VietnamNet", "--edition", "2023");
        Assert.Equal(HttpStatusCode.Created, (await VoteAsync(key, fixture.Entries[6], "vnn-1")).StatusCode);

        var revoke = await RunAsync("partner-keys", "revoke", "--id", Text(id));
        fixture.Clock.Advance(PartnerKeyCache.CacheFor + TimeSpan.FromSeconds(1));

        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains($"Partner key {id} revoked.", revoke.Output, StringComparison.Ordinal);
        var stored = await QueryAsync(db => db.PartnerKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.False(stored.IsActive);
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "partner-key.revoked" && a.EntityId == Text(id))));
        Assert.Equal(HttpStatusCode.Unauthorized, await TallyStatusOnceReloadedAsync(key));
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(key, fixture.Entries[6], "vnn-2")).StatusCode);
        Assert.Equal(1, await QueryAsync(db => db.Votes.CountAsync(v => v.PartnerKeyId == id)));
    }

    [Fact]
    public async Task An_unknown_edition_is_refused_with_a_clear_message_and_no_key_is_made()
    {
        var before = await KeyCountAsync();

        var run = await RunAsync("partner-keys", "create", "--name", "Lao Động", "--edition", "9999");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("partner-keys create: There is no such edition.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("dfl_", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await KeyCountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Báo\tđiện tử")]
    [InlineData("101")]
    public async Task An_empty_overlong_or_unprintable_name_is_refused_with_a_clear_message(string name)
    {
        name = name == "101" ? new string('B', 101) : name;
        var before = await KeyCountAsync();

        var run = await RunAsync("partner-keys", "create", "--name", name, "--edition", "2023");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Give the partner's name (1 to 100 characters, no control characters).", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("dfl_", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await KeyCountAsync());
    }

    [Fact]
    public async Task A_name_of_exactly_100_characters_is_accepted()
    {
        var (id, _) = await CreateAsync("--name", new string('C', 100));

        Assert.Equal(100, (await QueryAsync(db => db.PartnerKeys.AsNoTracking().SingleAsync(k => k.Id == id))).Name.Length);
    }

    [Fact]
    public async Task A_create_without_a_name_ends_with_a_non_zero_exit_code()
    {
        var before = await KeyCountAsync();

        var run = await RunAsync("partner-keys", "create", "--edition", "2023");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--name", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await KeyCountAsync());
    }

    [Theory]
    [InlineData("--rate-limit", "-1")]
    [InlineData("--rate-limit=-1")]
    [InlineData("--rate-limit", "100001")]
    public async Task A_negative_or_excessive_rate_limit_is_refused_with_a_clear_message(params string[] rate)
    {
        var before = await KeyCountAsync();

        var run = await RunAsync(["partner-keys", "create", "--name", "Giới hạn âm", .. rate]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Requests per second must be a whole number from 0 (no limit) to 100,000.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("dfl_", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await KeyCountAsync());
    }

    [Fact]
    public async Task List_shows_the_name_edition_and_rate_limit_of_each_key_but_never_its_secret_or_hash()
    {
        var (id, key) = await CreateAsync("--name", "Zing", "--edition", "2023", "--rate-limit", "25");
        var hash = await QueryAsync(db => db.PartnerKeys.Where(k => k.Id == id).Select(k => k.SecretHash).SingleAsync());

        var run = await RunAsync("partner-keys", "list");

        Assert.Equal(0, run.ExitCode);
        var row = Assert.Single(Rows(run.Output), r => r["Id"] == Text(id));
        Assert.Equal(("Zing", "2023", "25 requests per second", "-"), (row["Name"], row["Edition"], row["Rate limit"], row["Revoked"]));
        Assert.DoesNotContain(KeyShape().Match(key).Groups[2].Value, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dfl_", run.Output, StringComparison.Ordinal);
        var (all, active) = await QueryAsync(async db => (await db.PartnerKeys.CountAsync(), await db.PartnerKeys.CountAsync(k => k.RevokedAtUtc == null)));
        Assert.Contains($"{all} key(s), {active} active.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_when_a_key_was_revoked_in_Viet_Nam_time()
    {
        var (id, _) = await CreateAsync("--name", "Nhân Dân");
        var before = await RunAsync("partner-keys", "list");
        Assert.Equal(0, (await RunAsync("partner-keys", "revoke", "--id", Text(id))).ExitCode);
        var revokedAt = await QueryAsync(db => db.PartnerKeys.Where(k => k.Id == id).Select(k => k.RevokedAtUtc).SingleAsync());

        var run = await RunAsync("partner-keys", "list");

        Assert.Equal("-", Assert.Single(Rows(before.Output), r => r["Id"] == Text(id))["Revoked"]);
        var row = Assert.Single(Rows(run.Output), r => r["Id"] == Text(id));
        Assert.Equal("Nhân Dân", row["Name"]);
        Assert.Equal(revokedAt!.Value.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), row["Revoked"]);
    }

    [Fact]
    public async Task Revoking_an_unknown_id_or_a_key_already_revoked_ends_with_a_non_zero_exit_code()
    {
        var (id, _) = await CreateAsync("--name", "Thu hồi hai lần");
        var text = Text(id);

        var unknown = await RunAsync("partner-keys", "revoke", "--id", "999999");
        var first = await RunAsync("partner-keys", "revoke", "--id", text);
        var second = await RunAsync("partner-keys", "revoke", "--id", text);

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("partner-keys revoke: no active key with id 999999.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains($"no active key with id {text}.", second.Error, StringComparison.Ordinal);
    }

    /// <summary>The rows of the table 'list' draws, by column title; a cell wrapped over several lines is joined with spaces.</summary>
    private static List<Dictionary<string, string>> Rows(string output)
    {
        var lines = output.Split('\n').Where(l => l.TrimStart().StartsWith('│'))
            .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray()).ToList();
        var table = new List<string[]>();
        foreach (var cells in lines)
        {
            if (cells[0].Length > 0 || table.Count == 0)
            {
                table.Add(cells);
            }
            else
            {
                var last = table[^1];
                table[^1] = last.Zip(cells, (a, b) => b.Length == 0 ? a : a + " " + b).ToArray();
            }
        }

        var titles = table[0];
        Assert.Equal(["Id", "Name", "Edition", "Rate limit"], titles[..4]);
        return table.Skip(1).Select(cells => titles.Zip(cells).ToDictionary(c => c.First.StartsWith("Created", StringComparison.Ordinal) ? "Created" : c.First, c => c.Second)).ToList();
    }
}
