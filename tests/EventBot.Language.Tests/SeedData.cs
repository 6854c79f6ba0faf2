using System.Text.Json;
using EventBot.Domain.Model;
using EventBot.Language;

namespace EventBot.Language.Tests;

/// <summary>The real seeds (seeds/event.json), loaded once for every test, and one understander over them.</summary>
public static class SeedData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<EventData> LazyData = new(() =>
        JsonSerializer.Deserialize<EventData>(File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "event.json")), Options)!);

    private static readonly Lazy<FrenchUnderstander> LazyUnderstander = new(() => new FrenchUnderstander(Data));

    public static EventData Data => LazyData.Value;
    public static FrenchUnderstander Understander => LazyUnderstander.Value;

    /// <summary>Inside the week (Wednesday of the Pop-Up) and long after it.</summary>
    public static readonly DateTimeOffset DuringWeek = new(2019, 10, 16, 10, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset LongAfter = new(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(1));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EventBot.sln not found above the test binaries.");
    }

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>The (intent, utterance) lines of a dataset file.</summary>
    public static IReadOnlyList<(string Intent, string Utterance)> Utterances(string file) =>
        File.ReadAllLines(DataFile(file))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToList();
}
