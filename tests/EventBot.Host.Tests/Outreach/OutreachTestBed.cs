using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventBot.Host.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Outreach;

/// <summary>
/// The real host on a test server with the organisers' key and a fast outbox (short polls and retries). The bot's
/// HttpClients reach the test server itself for <c>http://localhost/</c> (the embedded Direct Line's connector) and
/// the network for anything else (the fake connector on loopback).
/// </summary>
public sealed class OutreachTestBed : IDisposable
{
    public const string Key = "clé-annonces-5d2e";

    /// <param name="replaceServices">More service replacements (a clock the test moves), after the host's own.</param>
    public OutreachTestBed(string connectionString, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? replaceServices = null)
    {
        // The bot may send while the factory is still starting it: reading factory.Server then would build a second host.
        var server = new TaskCompletionSource<TestServer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var factory = new EventBotFactory
        {
            ReplaceServices = services =>
            {
                services.ConfigureHttpClientDefaults(client =>
                    client.ConfigurePrimaryHttpMessageHandler(() => new SplitHandler(server.Task)));
                replaceServices?.Invoke(services);
            },
        };
        factory.Settings["ConnectionStrings:EventBot"] = connectionString;
        factory.Settings["EventBot:Organisers:Keys:0"] = Key;
        factory.Settings["EventBot:Outreach:PollInterval"] = "00:00:00.050";

        // The tests poll delivery reports far faster than an organiser would.
        factory.Settings["EventBot:RateLimits:Enabled"] = "false";
        factory.Settings["EventBot:Outreach:RetryBaseDelay"] = "00:00:00.100";
        factory.Settings["EventBot:Outreach:RetryMaxDelay"] = "00:00:00.400";
        foreach (var (key, value) in settings ?? [])
        {
            factory.Settings[key] = value;
        }

        Factory = factory;
        Client = factory.CreateClient();
        server.SetResult(factory.Server);
        Organiser = factory.CreateClient();
        Organiser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    public EventBotFactory Factory { get; }

    /// <summary>No key: as a channel or a browser.</summary>
    public HttpClient Client { get; }

    /// <summary>With the organisers' key.</summary>
    public HttpClient Organiser { get; }

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>One message of a person on a Bot Framework channel whose replies go to <paramref name="serviceUrl"/>; the bot's answer texts.</summary>
    public async Task<string> ChatAsync(string serviceUrl, string channelId, string userId, string conversationId, string text, string? tenantId = null)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "fr-FR",
            ["localTimestamp"] = "2019-10-15T10:00:00+02:00",
            ["from"] = new { id = userId, name = userId },
            ["recipient"] = new { id = "eventbot", name = "EventBot" },
            ["conversation"] = tenantId is null
                ? new { id = conversationId }
                : new { id = conversationId, conversationType = "personal", tenantId },
            ["channelData"] = tenantId is null ? null : new { tenant = new { id = tenantId } },
            ["text"] = text,
        };
        using var response = await Client.PostAsync("/api/messages", Activities.AsContent(activity.Where(f => f.Value is not null).ToDictionary()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }

    public Task<HttpResponseMessage> AnnounceAsync(object body) => Organiser.PostAsJsonAsync("/api/organisers/announcements", body);

    /// <summary>Posts an announcement that must be accepted; returns its id.</summary>
    public async Task<string> AnnounceAcceptedAsync(object body, int expectedRecipients)
    {
        using var response = await AnnounceAsync(body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, json);
        var accepted = JsonDocument.Parse(json).RootElement;
        Assert.Equal(expectedRecipients, accepted.GetProperty("recipients").GetInt32());
        return accepted.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> ReportAsync(string id) =>
        await Organiser.GetFromJsonAsync<JsonElement>($"/api/organisers/announcements/{id}");

    /// <summary>Waits until no message of the announcement is queued or being sent; returns the report.</summary>
    public async Task<JsonElement> SettledReportAsync(string id, double seconds = 15)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var report = await ReportAsync(id);
            var counts = report.GetProperty("counts");
            if (counts.GetProperty("queued").GetInt32() == 0 && counts.GetProperty("sending").GetInt32() == 0)
            {
                return report;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(seconds), $"The announcement is still being sent: {report}");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Organiser.Dispose();
        Factory.Dispose();
    }

    /// <summary>The test server for its own address, the network for the rest.</summary>
    private sealed class SplitHandler(Task<TestServer> server) : DelegatingHandler(new SocketsHttpHandler())
    {
        private HttpMessageInvoker? _testServer;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != "localhost")
            {
                return await base.SendAsync(request, cancellationToken);
            }

            _testServer ??= new HttpMessageInvoker((await server.WaitAsync(cancellationToken)).CreateHandler());
            return await _testServer.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _testServer?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
