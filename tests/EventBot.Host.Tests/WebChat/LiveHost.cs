using EventBot.Extensions;
using EventBot.Host.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.WebChat;

/// <summary>
/// The real host on Kestrel, on a free loopback port, with its database in a fresh temp folder: a browser needs a
/// real socket (the test server has none). The content root is the test's output folder, where the build copied
/// appsettings.json, the seeds and wwwroot/ (with lib/webchat.js) from the host project.
/// </summary>
public sealed class LiveHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _directory;

    private LiveHost(WebApplication app, TempDirectory directory, string address)
    {
        _app = app;
        _directory = directory;
        Address = address;
    }

    /// <summary>The listening address, like <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    /// <summary>The host's services, for a test to put data in place.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<LiveHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var directory = new TempDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventBot"] = directory.ConnectionString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddEventBot();
        var app = builder.Build();
        app.UseEventBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveHost(app, directory, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _directory.Dispose();
    }
}
