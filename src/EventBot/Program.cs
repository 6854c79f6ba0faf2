using EventBot.Extensions;

// The content root is the output folder, where the build copies appsettings.json and the seeds from the
// repository root: the same files are found by `dotnet run`, a published app and the tests.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddEventBot();

var app = builder.Build();

app.UseEventBot();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
