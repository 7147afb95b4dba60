// The yardstick of the vote benchmark: the "dotnet new web" hello world (its default builder and its template's
// logging settings), on the same Kestrel, machine and load as the platform.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Hello World!");
await app.RunAsync();
