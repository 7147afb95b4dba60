using System.Net;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Catalogue;

[Trait("Category", "Integration")]
public sealed class PredictionTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private Task<int> SubmissionsAsync(int teamId) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Set<PredictionSubmission>().CountAsync(s => s.TeamId == teamId));

    [Fact]
    public async Task A_team_uploads_predictions_and_sees_its_scores()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("du-doan@example.vn", "Đội Dự Đoán");
        var predictions = await leader.BaselinePredictionsAsync(factory.Database.DataDirectory);
        var lines = predictions.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var half = string.Join('\n', lines.Take(1 + (lines.Length - 1) / 2)) + "\n";

        var first = await leader.SendPredictionsAsync(Encoding.UTF8.GetBytes(predictions), "baseline.csv");
        var second = await leader.SendPredictionsAsync(Encoding.UTF8.GetBytes(half), "mot-nua.csv");
        var page = await leader.GetStringAsync("/data/population");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(2, await SubmissionsAsync(teamId));
        Assert.Contains("id=\"score-table\"", page, StringComparison.Ordinal);
        Assert.Contains("Điểm lần gửi gần nhất của Đội Dự Đoán", page, StringComparison.Ordinal);
        Assert.Matches("data-class=\"overall\">\\s*<th scope=\"row\">Tổng thể</th>", page);
        Assert.Contains("<th scope=\"row\">address_farm</th>", page, StringComparison.Ordinal);
        Assert.Contains("mot-nua.csv", page, StringComparison.Ordinal);
        Assert.Contains(">" + (lines.Length - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "</td>", page, StringComparison.Ordinal);
        var latest = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<PredictionSubmission>()
            .Where(s => s.TeamId == teamId).OrderBy(s => s.Id).ToListAsync());

        // The baseline on the organisers' file at the default rate: F1 between 0.4 and 0.7 (docs/population.md).
        Assert.InRange(latest[0].F1, 0.4, 0.7);
        Assert.InRange(latest[1].Recall, latest[0].Recall * 0.3, latest[0].Recall * 0.7);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "not CSV", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00, 0xFE], "không phải tệp CSV văn bản" },
        { "wrong columns", Encoding.UTF8.GetBytes("id,label\n1,duplicate_record\n"), "Dòng tiêu đề phải là record_id,class,group_id" },
        { "unknown record", Encoding.UTF8.GetBytes("record_id,class,group_id\n12,invalid_number,1\n10001,invalid_number,2\n"), "Dòng 3: không có bản ghi số 10001" },
        { "unknown class", Encoding.UTF8.GetBytes("record_id,class,group_id\n12,stolen_identity,1\n"), "lớp \"stolen_identity\"" },
        { "bad row", Encoding.UTF8.GetBytes("record_id,class,group_id\n12;invalid_number;1\n"), "Dòng 2 không có dạng record_id,class,group_id" },
        { "too large", Encoding.UTF8.GetBytes("record_id,class,group_id\n" + new string('1', 6 * 1024 * 1024)), "vượt quá 5 MB" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_predictions_file_is_refused_with_a_message_and_nothing_is_kept(string kind, byte[] content, string message)
    {
        var (leader, teamId) = await factory.RegisterTeamAsync($"sai-{kind.Replace(' ', '-')}@example.vn", "Đội Sai " + kind);

        var response = await leader.SendPredictionsAsync(content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, await SubmissionsAsync(teamId));
    }

    [Fact]
    public async Task Predictions_sent_as_the_raw_body_are_scored_and_a_form_post_without_a_team_is_refused()
    {
        var (leader, _) = await factory.RegisterTeamAsync("api-du-doan@example.vn", "Đội API");
        await factory.CreatePersonAsync("khong-doi@example.vn", "Người Không Đội");
        var loner = factory.CreateBrowserLikeClient();
        await loner.SignInAsync("khong-doi@example.vn");
        var body = new StringContent("record_id,class,group_id\n41,address_farm,1\n", Encoding.UTF8, "text/csv");

        var scored = await leader.PostAsync("/api/v1/editions/2023/datasets/population/predictions?name=thu.csv", body);
        var score = await scored.Content.ReadFromJsonAsync<JsonElement>();
        var refused = await loner.SendPredictionsAsync(Encoding.UTF8.GetBytes("record_id,class,group_id\n"));
        var plainText = await leader.PostAsync("/api/v1/editions/2023/datasets/population/predictions",
            new StringContent("record_id,class,group_id\n", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, scored.StatusCode);
        Assert.Equal(1, score.GetProperty("rows").GetInt32());
        Assert.True(score.GetProperty("precision").GetDouble() is 0 or 1);
        Assert.NotEmpty(score.GetProperty("classes").EnumerateArray());
        Assert.Contains("Chỉ thành viên của một đội", await loner.GetStringAsync("/data/population"), StringComparison.Ordinal);
        Assert.Contains("Chỉ thành viên của một đội", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainText.StatusCode);
    }

    [Fact]
    public async Task Labels_are_never_downloadable()
    {
        var labelsKey = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<DataSet>()
            .Where(d => d.Slug == "population").Select(d => d.LabelsStorageKey).SingleAsync());
        var labels = await factory.WithScopeAsync(async sp =>
        {
            await using var stream = sp.GetRequiredService<DataForLife.Web.Infrastructure.Files.IFileStorage>().OpenRead(labelsKey!);
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        });
        var client = factory.CreateClient();
        var catalogue = await client.GetStringAsync("/api/v1/editions/2023/datasets");
        var page = await client.GetStringAsync("/data/population");
        var entries = JsonSerializer.Deserialize<JsonElement[]>(catalogue)!;
        var served = new List<string>();
        foreach (var url in entries.SelectMany(d => d.GetProperty("files").EnumerateArray()).Select(f => f.GetProperty("url").GetString()!))
        {
            served.Add(await client.GetStringAsync(url));
        }

        Assert.StartsWith("record_id,class,kind,tier,group_id\n", labels, StringComparison.Ordinal);
        Assert.DoesNotContain(labelsKey!, catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain(labelsKey!, page, StringComparison.Ordinal);
        Assert.NotEmpty(served);
        Assert.DoesNotContain(labels, served);
        Assert.DoesNotContain(served, s => s.StartsWith("record_id,class,", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/data/population/files/{Guid.ParseExact(labelsKey!, "N")}")).StatusCode);
    }

    [Fact]
    public async Task The_population_file_is_the_generator_output_for_seed_2023_and_the_key_and_its_recorded_checksum_matches()
    {
        var client = factory.CreateClient();
        var file = (await client.DataSetAsync("population")).GetProperty("files")[0];
        var bytes = await client.GetByteArrayAsync(file.GetProperty("url").GetString());
        using var again = new MemoryStream();
        DataForLife.Population.PopulationGenerator.Generate(Web.Features.Catalogue.PopulationDataSet.Options(PlatformFactory.PopulationKey), again, new MemoryStream());
        using var keyless = new MemoryStream();
        DataForLife.Population.PopulationGenerator.Generate(Web.Features.Catalogue.PopulationDataSet.Options(PlatformFactory.PopulationKey) with { Key = null }, keyless, new MemoryStream());

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        Assert.Equal(again.ToArray(), bytes);
        Assert.NotEqual(keyless.ToArray(), bytes);
        Assert.Equal(10_001, Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
