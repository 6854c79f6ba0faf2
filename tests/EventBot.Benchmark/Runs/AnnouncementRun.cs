using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// An announcement to <c>recipients</c> people through a fake connector: that many people say "bonjour" (so the bot keeps
/// their conversation reference), an organiser posts an announcement to everyone, and the run times the deliveries
/// and checks their pace against the channel's limit (the bot's <c>EventBot:Outreach:MessagesPerSecond</c>).
/// </summary>
public sealed class AnnouncementRun(int recipients)
{
    private const string OrganiserKey = "benchmark-organiser-key-0123456789";

    /// <summary>Teams' limit per app and tenant, which the bot's own pace (40/s by default) stays under.</summary>
    private const int ChannelLimitPerSecond = 50;

    public async Task<int> RunAsync(TextWriter output)
    {
        await using var connector = await RecordingConnector.StartAsync();
        using var bot = BotProcess.EventBot(new Dictionary<string, string> { ["EventBot__Organisers__Keys__0"] = OrganiserKey });
        using var client = LoadClients.Create(bot.BaseAddress);
        await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60));

        var seeding = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            for (var person = Interlocked.Increment(ref next); person <= recipients; person = Interlocked.Increment(ref next))
            {
                await SayHelloAsync(client, connector.ServiceUrl, person);
            }
        }));
        output.WriteLine($"# Announcement {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Machine.LoadAverage()}");
        output.WriteLine($"{recipients} people said hello in {Table.Format(seeding.Elapsed.TotalSeconds)} s.");

        var before = connector.Posts.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/organisers/announcements")
        {
            Content = new StringContent("""{"text": "Le Pop-Up ouvre ses portes à 9 h à La Chaufferie.", "audience": "tous"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OrganiserKey);
        var posted = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request);
        var accepted = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The announcement was refused: {(int)response.StatusCode} {accepted}");
        }

        var announced = JsonDocument.Parse(accepted).RootElement.GetProperty("recipients").GetInt32();
        var deadline = Stopwatch.StartNew();
        while (connector.Posts.Count - before < recipients && deadline.Elapsed < TimeSpan.FromSeconds(recipients / 5.0 + 60))
        {
            await Task.Delay(50);
        }

        var deliveries = connector.Posts.Skip(before).Select(post => post.Timestamp).Order().ToList();
        var seconds = deliveries.Count == 0 ? double.NaN : (deliveries[^1] - posted) / (double)Stopwatch.Frequency;
        var peak = PeakPerSecond(deliveries);
        var distinct = connector.Posts.Skip(before).Select(post => post.Conversation).Distinct().Count();
        var table = new Table("recipients", "accepted for", "delivered", "distinct conversations", "time to the last delivery", "mean rate", "peak in any 1 s", "channel limit");
        table.Add(recipients, $"{announced} (+1: the readiness check)", deliveries.Count, distinct, $"{Table.Format(seconds)} s", $"{Table.Format(deliveries.Count / seconds)}/s", $"{peak}/s", $"{ChannelLimitPerSecond}/s");
        output.WriteLine(table);
        // The bot also knows the readiness check's conversation (its service URL reaches nothing): one more recipient.
        var passed = announced == recipients + 1 && deliveries.Count == recipients && distinct == recipients && peak <= ChannelLimitPerSecond;
        output.WriteLine(passed ? "PASSED: everyone reached once, never faster than the channel allows." : "FAILED");
        return passed ? 0 : 1;
    }

    private static async Task SayHelloAsync(HttpClient client, string serviceUrl, int person)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "message",
            ["id"] = $"hello-{person}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new { id = $"person-{person}" },
            ["recipient"] = new { id = "eventbot" },
            ["conversation"] = new { id = $"conversation-{person}" },
            ["deliveryMode"] = "expectReplies",
            ["localTimestamp"] = LoadGenerator.PopUpMorning.ToString("O"),
            ["text"] = "bonjour",
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Hello {person}: HTTP {(int)response.StatusCode}");
        }
    }

    /// <summary>The most deliveries in any window of one second (timestamps sorted).</summary>
    private static int PeakPerSecond(List<long> timestamps)
    {
        var peak = 0;
        var start = 0;
        for (var end = 0; end < timestamps.Count; end++)
        {
            while (timestamps[end] - timestamps[start] >= Stopwatch.Frequency)
            {
                start++;
            }

            peak = Math.Max(peak, end - start + 1);
        }

        return peak;
    }
}
