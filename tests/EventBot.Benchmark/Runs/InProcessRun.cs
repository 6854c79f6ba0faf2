using System.Diagnostics;
using System.Globalization;
using EventBot.Benchmark.Load;
using EventBot.Dialogs.Main;
using EventBot.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using BotActivity = Microsoft.Bot.Schema.Activity;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// Turn time per kind of question inside the process, without HTTP: the host's own wiring (state in LiteDB, the real
/// handler that saves it) behind Bot.Builder's TestAdapter, one turn at a time, after a warm-up.
/// </summary>
public sealed class InProcessRun(int turnsPerKind)
{
    public async Task<int> RunAsync(TextWriter output)
    {
        using var folder = new TempFolder();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventBot"] = $"Filename={Path.Combine(folder.Path, "eventbot.db")};Connection={Processes.BotProcess.Mode}",
            ["EventBot:SeedsPath"] = Path.Combine(Processes.RepoPaths.Root, "seeds", "event.json"),
            ["EventBot:SignUps:DefaultCapacity"] = "1000000",
            ["EventBot:RateLimits:Enabled"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.AddEventBot();
        await using var app = builder.Build();
        app.UseEventBot();
        var bot = app.Services.GetRequiredService<IBot>();

        // Each kind: a function giving the n-th conversation (a question is a conversation of one turn).
        var kinds = Conversations.Questions.ToDictionary(
            kind => kind.Key,
            kind => (Func<int, IReadOnlyList<Turn>>)(n => [new Turn(kind.Key, kind.Value[n % kind.Value.Length])]));
        var random = new Random(1);
        kinds["inscription"] = n => Conversations.SignUp(random, n.ToString(CultureInfo.InvariantCulture));

        var knowledge = app.Services.GetRequiredService<EventKnowledge>();
        var table = new Table("question kind", "turns", "mean ms", "p50 ms", "p95 ms", "max ms", "CPU ms / turn", "of which understanding", "allocated KB / turn", "of which understanding KB");
        var conversations = 0;
        foreach (var (kind, conversation) in kinds)
        {
            // Warm-up, so that first-time costs (JIT, caches) are not counted.
            await PlayAsync(bot, conversation, ref conversations, 20, times: null);
            var times = new List<double>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await PlayAsync(bot, conversation, ref conversations, turnsPerKind, times);
            var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
            var allocatedPerTurn = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / times.Count;
            times.Sort();
            var (understandingCpu, understandingKb) = Understanding(knowledge, conversation);
            table.Add(kind, times.Count, times.Average(), times[times.Count / 2], times[(int)(times.Count * 0.95)], times[^1], cpuPerTurn, understandingCpu, allocatedPerTurn, understandingKb);
        }

        output.WriteLine(table);
        return 0;
    }

    /// <summary>CPU time (ms) and allocations (KB) of understanding the kind's texts alone (no dialog, no storage), per text.</summary>
    private static (double CpuMs, double AllocatedKb) Understanding(EventKnowledge knowledge, Func<int, IReadOnlyList<Turn>> conversation)
    {
        var texts = Enumerable.Range(0, 20).SelectMany(conversation).Select(turn => turn.Text).ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 5; round++)
        {
            foreach (var text in texts)
            {
                knowledge.Understand(text, LoadGenerator.PopUpMorning);
            }
        }

        var count = 5.0 * texts.Length;
        return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count);
    }

    private static Task PlayAsync(IBot bot, Func<int, IReadOnlyList<Turn>> conversation, ref int conversations, int turns, List<double>? times)
    {
        var first = conversations;
        conversations += turns;
        return PlayAsync(bot, conversation, first, turns, times);
    }

    /// <summary>Plays conversations numbered from <paramref name="first"/> until <paramref name="turns"/> turns were taken.</summary>
    private static async Task PlayAsync(IBot bot, Func<int, IReadOnlyList<Turn>> conversation, int first, int turns, List<double>? times)
    {
        var taken = 0;
        for (var n = first; taken < turns; n++)
        {
            var id = $"inproc-{n}";
            var adapter = new TestAdapter(TestAdapter.CreateConversation(id, $"user-{id}", "eventbot")) { Locale = "fr-FR" };
            foreach (var turn in conversation(n))
            {
                var activity = (BotActivity)MessageFactory.Text(turn.Text);
                activity.LocalTimestamp = LoadGenerator.PopUpMorning;
                var started = Stopwatch.GetTimestamp();
                await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
                times?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                taken++;
            }
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("eventbot-inproc-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
