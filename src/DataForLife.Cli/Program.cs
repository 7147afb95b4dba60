namespace DataForLife.Cli;

public static class DflProgram
{
    public static Task<int> Main(string[] args) => DflCommand.Build().Parse(args).InvokeAsync();
}
