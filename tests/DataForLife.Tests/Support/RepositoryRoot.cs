namespace DataForLife.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding DataForLife.slnx, found from the test's own location.</summary>
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "DataForLife.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }
}
