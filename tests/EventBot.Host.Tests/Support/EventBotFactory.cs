using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventBot.Host.Tests.Support;

/// <summary>The real host on a test server, with its database in a fresh temp folder.</summary>
public sealed class EventBotFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    /// <summary>Configuration set on top of appsettings.json.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>What the host logged, at every level the configuration lets through.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Service replacements, applied after the host's own registrations.</summary>
    public Action<IServiceCollection> ReplaceServices { get; init; } = _ => { };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The test's own settings win over the fresh database (a restart test points two hosts at one file).
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:EventBot"] = _directory.ConnectionString() };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(ReplaceServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}
