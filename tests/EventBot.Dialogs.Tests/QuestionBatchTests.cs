using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Tests;

/// <summary>
/// Batches of questions as data, each asked in a fresh conversation and its whole answer (text, cards, buttons) checked
/// the way the project's end-to-end scorer checks it (<c>../shared/eval/run_eval.py</c>):
/// <list type="bullet">
/// <item><c>Data/FirstSight/*.jsonl</c>: the first-sight batches, written blind from the sources (docs/understanding.md),
/// kept as regression data; the questions still answered wrong are listed in <c>open.tsv</c> beside them, with their class;</item>
/// <item><c>Data/Understanding/classes.jsonl</c>: each class of failure of the understanding, as questions.</item>
/// </list>
/// </summary>
public sealed class QuestionBatchTests : IClassFixture<QuestionBatchTests.SharedBot>
{
    private readonly SharedBot _bot;

    public QuestionBatchTests(SharedBot bot) => _bot = bot;

    /// <summary>One bot for every question: each is asked by a person of its own in a conversation of its own, so none sees another's state.</summary>
    public sealed class SharedBot
    {
        private int _conversations;

        public BotHarness Bot { get; } = new();

        public string NewConversation() => $"batch-{Interlocked.Increment(ref _conversations)}";
    }

    public sealed record BatchQuestion(
        string Id, string Text, string? LocalTimestamp, IReadOnlyList<string> All, IReadOnlyList<IReadOnlyList<string>> Any, IReadOnlyList<string> None)
    {
        public override string ToString() => $"{Id} {Text}";
    }

    public static TheoryData<string, string> FirstSight() => Cases(Path.Combine("Data", "FirstSight"), OpenFailures());

    public static TheoryData<string, string> Classes() => Cases(Path.Combine("Data", "Understanding"), new HashSet<string>());

    [QuestionTheory]
    [MemberData(nameof(FirstSight))]
    public Task First_sight_question_is_answered(string question, string file) => AskAndCheck(question, file);

    [QuestionTheory]
    [MemberData(nameof(Classes))]
    public Task Question_of_a_failure_class_is_answered(string question, string file) => AskAndCheck(question, file);

    [Fact]
    public void Open_failures_name_questions_of_the_batches()
    {
        var ids = Directory.EnumerateFiles(DataPath(Path.Combine("Data", "FirstSight")), "*.jsonl").SelectMany(Read).Select(q => q.Id).ToHashSet();
        var open = OpenFailures();
        Assert.All(open, id => Assert.Contains(id, ids));
        Assert.True(open.Count * 20 <= ids.Count, $"{open.Count} questions of {ids.Count} left open: more than one in twenty.");
    }

    private async Task AskAndCheck(string question, string file)
    {
        var q = Read(DataPath(file)).Single(x => x.ToString() == question);
        var conversation = _bot.NewConversation();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = q.Text,
            From = new ChannelAccount($"participant-{conversation}"),
            Recipient = new ChannelAccount("eventbot"),
            Conversation = new ConversationAccount(id: conversation),
            ChannelId = "test",
            // Without a local time of its own, a question is asked now, as the scorer asks it.
            LocalTimestamp = q.LocalTimestamp is null ? null : DateTimeOffset.Parse(q.LocalTimestamp, CultureInfo.InvariantCulture),
        };
        var replies = await _bot.Bot.SendAsync(activity);
        var answer = Normalise(string.Join("\n", replies.Select(Flatten)));

        var missing = q.All.Where(e => !Contains(answer, e)).ToList();
        var missingOne = q.Any.Where(g => !g.Any(e => Contains(answer, e))).Select(g => string.Join(" / ", g)).ToList();
        var forbidden = q.None.Where(e => Contains(answer, e)).ToList();
        Assert.True(
            missing.Count == 0 && missingOne.Count == 0 && forbidden.Count == 0,
            $"{q.Id} : {q.Text}\n" +
            (missing.Count > 0 ? $"Manque : {string.Join(" | ", missing)}\n" : "") +
            (missingOne.Count > 0 ? $"Manque l'un de : {string.Join(" | ", missingOne)}\n" : "") +
            (forbidden.Count > 0 ? $"Interdit : {string.Join(" | ", forbidden)}\n" : "") +
            $"Réponse :\n{BotHarness.TextOf(replies)}");
    }

    /// <summary>The reply's text, its cards' strings and its buttons, as a reader sees them all.</summary>
    private static string Flatten(IMessageActivity reply)
    {
        var parts = new List<string> { reply.Text ?? "" };
        foreach (var attachment in reply.Attachments ?? [])
        {
            if (attachment.Content is not null) Strings(JToken.FromObject(attachment.Content), parts);
        }

        parts.AddRange(reply.SuggestedActions?.Actions?.Select(a => a.Title ?? "") ?? []);
        return string.Join(" ", parts);
    }

    private static readonly HashSet<string> Layout = ["type", "$schema", "version", "size", "weight", "color", "spacing", "style", "horizontalAlignment", "wrap", "isSubtle", "width", "id"];

    private static void Strings(JToken token, List<string> into)
    {
        switch (token)
        {
            case JObject o:
                foreach (var p in o.Properties().Where(p => !Layout.Contains(p.Name))) Strings(p.Value, into);
                break;
            case JArray a:
                foreach (var item in a) Strings(item, into);
                break;
            case JValue { Type: JTokenType.String } v:
                into.Add((string)v!);
                break;
        }
    }

    // ---- The scorer's matching (botclient.py), so that a batch scores the same here and over HTTP ----

    private static string Normalise(string text)
    {
        text = System.Net.WebUtility.HtmlDecode(text).Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Replace("Æ", "AE");
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' or '\u2032' or '\u201b' or '\uff07' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\ufe63' or '\uff0d' => '-',
                _ => c,
            });
        }

        return Regex.Replace(sb.ToString().ToLowerInvariant(), @"\s+", " ").Trim();
    }

    private static bool Contains(string answer, string expectation)
    {
        var e = Normalise(expectation);
        if (Bounded(e, answer)) return true;
        var loose = Loose(e);
        if (loose.Length > 0 && Bounded(loose, Loose(answer))) return true;
        var squashed = Regex.Replace(e, "[^a-z0-9]+", "");
        return squashed.Length >= 5 && Regex.Replace(answer, "[^a-z0-9]+", "").Contains(squashed, StringComparison.Ordinal);
    }

    private static string Loose(string s) => Regex.Replace(s, "[^a-z0-9]+", " ").Trim();

    private static bool Bounded(string needle, string hay)
    {
        if (needle.Length == 0) return true;
        var pattern = Regex.Escape(needle);
        if (char.IsLetterOrDigit(needle[0])) pattern = "(?<![a-z0-9])" + pattern;
        if (char.IsDigit(needle[^1])) pattern += "(?![0-9])";
        return Regex.IsMatch(hay, pattern);
    }

    // ---- The data ----

    private static TheoryData<string, string> Cases(string folder, IReadOnlySet<string> open)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(DataPath(folder), "*.jsonl").Order())
        {
            var relative = Path.Combine(folder, Path.GetFileName(file));
            foreach (var q in Read(file).Where(q => !open.Contains(q.Id))) data.Add(q.ToString(), relative);
        }

        return data;
    }

    /// <summary>The ids of <c>Data/FirstSight/open.tsv</c>: first-sight questions still answered wrong, each with its class.</summary>
    private static IReadOnlySet<string> OpenFailures() =>
        File.ReadLines(DataPath(Path.Combine("Data", "FirstSight", "open.tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0].Trim())
            .ToHashSet();

    private static string DataPath(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    private static IEnumerable<BatchQuestion> Read(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            IReadOnlyList<string> Strings(string name) =>
                root.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(x => x.GetString()!)] : [];
            yield return new BatchQuestion(
                root.GetProperty("id").GetString()!,
                root.GetProperty("text").GetString()!,
                root.TryGetProperty("localTimestamp", out var t) ? t.GetString() : null,
                Strings("expect_all"),
                root.TryGetProperty("expect_any", out var any) ? [.. any.EnumerateArray().Select(g => (IReadOnlyList<string>)[.. g.EnumerateArray().Select(x => x.GetString()!)])] : [],
                Strings("expect_none"));
        }
    }
}
