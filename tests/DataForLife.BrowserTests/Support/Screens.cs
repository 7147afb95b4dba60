namespace DataForLife.BrowserTests.Support;

/// <summary>
/// The two screens the site is checked on (a small phone, a common laptop), and screenshots of the main pages on both,
/// written to artifacts/screenshots at the repository's root for a reviewer to look at (docs/screenshots.md).
/// </summary>
public static class Screens
{
    public const int Phone = 360;
    public const int Desktop = 1366;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>The whole page at 360 px and at 1366 px; the page is left at the width it had.</summary>
    public static async Task CaptureAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var before = page.ViewportSize ?? new() { Width = Phone, Height = 740 };
        foreach (var (width, height) in new[] { (Phone, 740), (Desktop, 768) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(before.Width, before.Height);
    }

    /// <summary>How much wider than the screen the page is (0 when it fits).</summary>
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DataForLife.slnx")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
