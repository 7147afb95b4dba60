using System.Text.RegularExpressions;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Platform;

/// <summary>docs/architecture.md stays true to the code: the next maintainer finds every feature folder in its tree.</summary>
public sealed class ArchitectureDocumentTests
{
    [Fact]
    public void Every_folder_under_Features_is_named_in_the_architecture_tree()
    {
        var features = Directory.EnumerateDirectories(Path.Combine(RepositoryRoot.Path, "src", "DataForLife.Web", "Features"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .ToList();
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md"));
        // The tree's Features/ block: its lines indented one step further, up to the next folder at its own level.
        var block = Regex.Match(document, @"^  Features/.*\n((?: {4}.*\n| {26}.*\n)+)", RegexOptions.Multiline).Groups[1].Value;
        var named = Regex.Matches(block, @"^ {4}(\w+)/", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(features);
        Assert.All(features, folder => Assert.Contains(folder!, named));
    }
}
