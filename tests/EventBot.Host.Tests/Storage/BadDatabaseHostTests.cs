using System.Net;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Storage;

/// <summary>The host started on a database file it cannot open: it says so, and still answers questions.</summary>
public sealed class BadDatabaseHostTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly EventBotFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData(BadDatabaseFiles.Corrupt)]
    [InlineData(BadDatabaseFiles.ReadOnly)]
    [InlineData(BadDatabaseFiles.Locked)]
    [InlineData(BadDatabaseFiles.ReadOnlyFolder)]
    public async Task The_host_starts_reports_unhealthy_answers_questions_and_refuses_sign_ups_in_French(string kind)
    {
        var path = Path.Combine(_directory.Path, $"{kind}.db");
        using var bad = BadDatabaseFiles.Make(kind, path);

        using var host = _factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(configuration =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EventBot"] = $"Filename={path};Connection=shared",
            })));
        var client = host.CreateClient();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());

        for (var turn = 0; turn < 2; turn++)
        {
            var response = await client.PostAsync(
                "/api/messages", Activities.AsContent(Activities.Message("c koi le parcours emergence", "bad-database")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Plateau radio", string.Join("\n", await Activities.ReplyTextsAsync(response)), StringComparison.OrdinalIgnoreCase);
        }

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        var error = Assert.Throws<StorageUnavailableException>(() => host.Services.GetRequiredService<ISignUpService>().PlacesLeft("emergence"));
        Assert.Equal(StorageUnavailableException.DefaultMessage, error.Message);
    }
}
