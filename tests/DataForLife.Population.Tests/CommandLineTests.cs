using System.CommandLine;
using DataForLife.Cli;

namespace DataForLife.Population.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dfl-cli-").FullName;

    public static TheoryData<string> BadArguments => new()
    {
        "population generate --count -5 --out {dir}/a.csv",
        "population generate --count 10 --anomalies 1.5 --labels {dir}/l.csv --out {dir}/a.csv",
        "population generate --count 10 --anomalies -0.1 --labels {dir}/l.csv --out {dir}/a.csv",
        "population generate --count 10 --out {dir}/missing/dir/a.csv",
        "population generate --count 10 --out {dir}",
        "population generate --count 10 --anomalies 0.1 --out {dir}/a.csv",
        "population generate --count 10 --threads 0 --out {dir}/a.csv",
        "population generate --count 10 --key-file {dir}/no-key.txt --out {dir}/a.csv",
        "population check {dir}/nothing.csv --detector linkage",
        "population check {dir}/nothing.csv",
        "population score --labels {dir}/nothing.csv --predictions {dir}/nothing.csv",
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_exit_non_zero_with_a_one_line_reason(string command)
    {
        var (code, _, error) = await RunAsync(command.Replace("{dir}", _directory, StringComparison.Ordinal));

        Assert.NotEqual(0, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("population ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_check_and_score_work_end_to_end()
    {
        var people = Path.Combine(_directory, "people.csv");
        var labels = Path.Combine(_directory, "labels.csv");
        var predictions = Path.Combine(_directory, "people.predictions.csv");

        var key = Path.Combine(_directory, "key.txt");
        await File.WriteAllTextAsync(key, "a secret of the organisers\n");

        var generated = await RunAsync($"population generate --count 5000 --seed 2023 --out {people} --anomalies 0.05 --labels {labels} --key-file {key}");
        var checkedFile = await RunAsync($"population check {people}");
        var scored = await RunAsync($"population score --labels {labels} --predictions {predictions}");
        var linkage = await RunAsync($"population check {people} --detector linkage --predictions {predictions}");
        var scoredLinkage = await RunAsync($"population score --labels {labels} --predictions {predictions}");

        Assert.Equal((0, 0, 0, 0, 0), (generated.Code, checkedFile.Code, scored.Code, linkage.Code, scoredLinkage.Code));
        Assert.Contains("Wrote 5,000 records", generated.Output, StringComparison.Ordinal);
        Assert.Contains("keyed", generated.Output, StringComparison.Ordinal);
        Assert.Contains("ghost", linkage.Output, StringComparison.Ordinal);
        Assert.Contains("tier hard", scoredLinkage.Output, StringComparison.Ordinal);
        Assert.Contains("address_farm", checkedFile.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(predictions));
        Assert.Contains("overall", scored.Output, StringComparison.Ordinal);
        Assert.Equal("", generated.Error + checkedFile.Error + scored.Error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DflCommand.Build().Parse(commandLine).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
