using EventBot.DirectLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>Where the bot is told to send its replies: itself, on an address it can reach.</summary>
public sealed class DirectLineServiceUrlTests
{
    private sealed class Server : IServer
    {
        public Server(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    [Theory]
    [InlineData(null, "http://localhost:3978", "", "http://localhost:3978/")]
    [InlineData(null, "https://localhost:5001|http://localhost:5000", "", "http://localhost:5000/")]
    [InlineData(null, "https://localhost:5001", "", "https://localhost:5001/")]
    [InlineData(null, "http://+:8080", "", "http://localhost:8080/")]
    [InlineData(null, "http://*:8080", "", "http://localhost:8080/")]
    [InlineData(null, "http://0.0.0.0:8080", "", "http://127.0.0.1:8080/")]
    [InlineData(null, "http://[::]:8080", "", "http://[::1]:8080/")]
    [InlineData(null, "http://localhost:3978", "/chat", "http://localhost:3978/chat/")]
    [InlineData(null, "", "", "https://bot.example:8443/")]
    [InlineData("http://10.0.0.5:3978/base", "http://localhost:3978", "", "http://10.0.0.5:3978/base/")]
    [InlineData("http://10.0.0.5:3978/", "", "", "http://10.0.0.5:3978/")]
    public void The_service_url_is_the_host_itself(string? configured, string addresses, string pathBase, string expected)
    {
        var serviceUrl = new DirectLineServiceUrl(
            new Server(addresses.Split('|', StringSplitOptions.RemoveEmptyEntries)),
            Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { ServiceUrl = configured }));
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("bot.example:8443");
        request.PathBase = pathBase;

        Assert.Equal(expected, serviceUrl.For(request));
    }

    [Theory]
    [InlineData("TokenLifetime", "00:00:00")]
    [InlineData("MaxConversations", "0")]
    [InlineData("MaxActivitiesPerConversation", "0")]
    [InlineData("MaxActivityBytes", "10")]
    [InlineData("ServiceUrl", "pas une url")]
    [InlineData("BotId", " ")]
    public void Unusable_options_stop_the_start_with_the_key(string key, string value)
    {
        using var host = new EventBot.Host.Tests.Support.EventBotFactory();
        host.Settings[$"EventBot:DirectLine:{key}"] = value;

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains($"EventBot:DirectLine:{key}", error.GetBaseException().Message);
    }
}
