using System.Text.RegularExpressions;
using System.Xml.Linq;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Platform;

public sealed partial class ResourceTests
{
    private static readonly string ResourceFolder = Path.Combine(RepositoryRoot.Path, "src", "DataForLife.Web", "Resources");

    private static Dictionary<string, string> Load(string language) =>
        XDocument.Load(Path.Combine(ResourceFolder, language == "vi" ? "SharedResource.resx" : $"SharedResource.{language}.resx")).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [Fact]
    public void Vietnamese_and_English_have_the_same_texts()
    {
        var vi = Load("vi");
        var en = Load("en");

        Assert.Empty(vi.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(vi.Keys));
        Assert.All(vi, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.All(en, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_text_the_code_asks_for_exists()
    {
        var known = Load("vi").Keys.ToHashSet();
        var source = Path.Combine(RepositoryRoot.Path, "src", "DataForLife.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .Where(u => !u.Key.EndsWith('.'))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
    }

    [GeneratedRegex("""(?:\b[lL]\[|ErrorMessage = |Name = )"(?<key>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9_.]+)""")]
    private static partial Regex KeyPattern();
}
