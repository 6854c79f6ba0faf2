using System.Net;
using EventBot.Domain.Store;
using EventBot.Host.Tests.Support;
using EventBot.Options;
using Microsoft.Extensions.Configuration;
using EventBot.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventBot.Host.Tests.Controllers;

/// <summary>What the host offers besides the bot endpoint: health, clock, configuration.</summary>
public sealed class HostTests : IDisposable
{
    private readonly EventBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Health_is_200_when_the_database_answers()
    {
        var response = await _factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_clock_is_the_system_clock_unless_a_demonstration_time_is_configured()
    {
        Assert.Same(TimeProvider.System, _factory.Services.GetRequiredService<TimeProvider>());

        using var demonstration = new EventBotFactory();
        demonstration.Settings["EventBot:Clock:Now"] = "2019-10-16T10:00:00+02:00";
        var clock = Assert.IsType<DemonstrationTimeProvider>(demonstration.Services.GetRequiredService<TimeProvider>());

        Assert.Equal(new DateTime(2019, 10, 16, 10, 0, 0), clock.GetLocalNow().DateTime, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Appsettings_json_from_the_repository_root_is_read_and_the_seeds_path_made_absolute()
    {
        var options = _factory.Services.GetRequiredService<IOptions<EventBotOptions>>().Value;

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json"), options.SeedsPath);
        Assert.Equal("http://localhost:3978", _factory.Services.GetRequiredService<IConfiguration>()["Urls"]);
    }

    [Fact]
    public void The_event_data_is_loaded_from_the_seeds_copied_beside_the_host()
    {
        var provider = _factory.Services.GetRequiredService<IEventDataProvider>();

        Assert.Equal(1, provider.Version);
        Assert.NotNull(provider.Current);
    }
}
