using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace EventBot.Benchmark.Load;

/// <summary>
/// Many conversations at once against a bot's <c>POST /api/messages</c>, each one a virtual user who sends a
/// message, waits for the replies (<c>deliveryMode: expectReplies</c>) and sends the next one, with no pause:
/// the figures are what the bot can do, not what a room types. Every conversation is a new person.
/// </summary>
public sealed class LoadGenerator(HttpClient client, Workload workload, bool checkReplies)
{
    /// <summary>The Pop-Up's morning, so that "aujourd'hui" and "mercredi" mean the event.</summary>
    public static readonly DateTimeOffset PopUpMorning = new(2019, 10, 16, 10, 0, 0, TimeSpan.FromHours(2));

    /// <summary>What the host answers when a turn throws (EventBotAdapter.Apology).</summary>
    private const string Apology = "quelque chose s'est mal passé";

    private const int MaxErrorSamples = 5;

    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private long _people;

    /// <summary>
    /// Runs <paramref name="concurrency"/> virtual users for <paramref name="warmUp"/> (not counted), then for
    /// <paramref name="duration"/>, then lets each finish its turn under way.
    /// </summary>
    /// <param name="onSecond">Called about once a second of the measured part, with the seconds elapsed (to sample memory).</param>
    /// <param name="onMeasuring">Called when the measured part starts.</param>
    public async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmUp, TimeSpan duration, Action<int>? onSecond = null, Action? onMeasuring = null)
    {
        var latencies = new ConcurrentBag<TurnLatency>();
        var errorSamples = new ConcurrentQueue<string>();
        long errors = 0;
        var measuring = false;
        using var stop = new CancellationTokenSource();

        void Failed(string error)
        {
            if (!Volatile.Read(ref measuring))
            {
                return;
            }

            Interlocked.Increment(ref errors);
            if (errorSamples.Count < MaxErrorSamples)
            {
                errorSamples.Enqueue(error);
            }
        }

        async Task UserAsync(int user)
        {
            var random = new Random(HashCode.Combine(_runId, user));
            while (!stop.IsCancellationRequested)
            {
                var person = Interlocked.Increment(ref _people);
                var conversation = $"bench-{_runId}-{person}";
                var position = 0;
                foreach (var turn in Script(random, person))
                {
                    position++;
                    if (stop.IsCancellationRequested)
                    {
                        break;
                    }

                    var started = Stopwatch.GetTimestamp();
                    var error = await SendAsync(conversation, turn);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (error is not null)
                    {
                        Failed($"{turn.Category} « {turn.Text} » : {error}");
                        break;
                    }

                    if (Volatile.Read(ref measuring))
                    {
                        latencies.Add(new TurnLatency(position, elapsed));
                    }
                }
            }
        }

        var users = Enumerable.Range(0, concurrency).Select(user => Task.Run(() => UserAsync(user))).ToArray();
        await Task.Delay(warmUp);
        onMeasuring?.Invoke();
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        for (var second = 1; clock.Elapsed < duration; second++)
        {
            // A loaded machine can wake late: the next tick is skipped to, never waited for negatively.
            var wait = TimeSpan.FromSeconds(Math.Min(second, duration.TotalSeconds)) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            onSecond?.Invoke(second);
        }

        var measured = clock.Elapsed;
        Volatile.Write(ref measuring, false);
        await stop.CancelAsync();
        await Task.WhenAll(users);
        return new LoadResult([.. latencies], errors, [.. errorSamples], measured);
    }

    private IReadOnlyList<Turn> Script(Random random, long person) => workload switch
    {
        Workload.Questions => Conversations.QuestionsAndAnswers(random),
        Workload.SignUps => Conversations.SignUp(random, $"{_runId}-{person}"),
        _ => person % 4 == 0 ? Conversations.SignUp(random, $"{_runId}-{person}") : Conversations.QuestionsAndAnswers(random),
    };

    /// <summary>Sends one message; returns why it failed, or null.</summary>
    private async Task<string?> SendAsync(string conversation, Turn turn)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "benchmark",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new { id = $"user-{conversation}" },
            ["recipient"] = new { id = "eventbot" },
            ["conversation"] = new { id = conversation },
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "fr-FR",
            ["localTimestamp"] = PopUpMorning.ToString("O"),
            ["text"] = turn.Text,
        });

        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("api/messages", content);
            var json = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode} {Shorten(json)}";
            }

            var replies = ReplyTexts(json);
            if (replies.Count == 0)
            {
                return "aucune réponse";
            }

            var text = string.Join("\n", replies);
            if (text.Contains(Apology, StringComparison.Ordinal))
            {
                return $"excuse du bot : {Shorten(text)}";
            }

            if (checkReplies && turn.Expected is { } expected && !text.Contains(expected, StringComparison.OrdinalIgnoreCase))
            {
                return $"« {expected} » attendu, reçu : {Shorten(text)}";
            }

            return null;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException)
        {
            return $"{failure.GetType().Name}: {failure.Message}";
        }
    }

    /// <summary>The texts of the activities in an expectReplies response (<c>{"activities": [...]}</c>).</summary>
    private static List<string> ReplyTexts(string json)
    {
        var texts = new List<string>();
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object &&
            document.RootElement.TryGetProperty("activities", out var activities) &&
            activities.ValueKind == JsonValueKind.Array)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }
            }
        }

        return texts;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
