using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace EventBot.Dialogs.Tests;

/// <summary>
/// Conversations written as data in <c>Transcripts/*.transcript</c>, played through the real bot
/// with Bot.Builder's TestAdapter. Lines:
/// <c>@time ISO-8601</c> sets the user's local time for the following turns;
/// <c>@user id</c> makes the following turns come from that channel user (<c>@user</c> alone: the usual one);
/// <c>&gt; text</c> is what the user says;
/// <c>&lt; a | b</c>: every fragment appears in the turn's reply texts;
/// <c>&lt;! a</c>: the fragment does not appear;
/// <c>&lt;card a</c>: an Adaptive Card of the turn contains it;
/// <c>&lt;button a</c>: a suggested action of the turn is titled so.
/// Fragments are compared without case or accents.
/// </summary>
public class TranscriptTests
{
    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Conversation_goes_as_written(string name)
    {
        var bot = new BotHarness();
        var time = BotHarness.PopUpMorning;
        IReadOnlyList<IMessageActivity> replies = [];
        string said = "";
        string? user = null;
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Transcripts", name + ".transcript"));
        foreach (var (raw, number) in lines.Select((l, i) => (l.Trim(), i + 1)))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var where = $"{name}.transcript:{number} after « {said} »";
            if (raw.StartsWith("@time ", StringComparison.Ordinal))
            {
                time = DateTimeOffset.Parse(raw[6..], CultureInfo.InvariantCulture);
            }
            else if (raw.StartsWith("@user", StringComparison.Ordinal))
            {
                user = raw.Length > 6 ? raw[6..].Trim() : null;
            }
            else if (raw.StartsWith("> ", StringComparison.Ordinal))
            {
                said = raw[2..];
                replies = await bot.AskAsync(said, time, user);
            }
            else if (raw.StartsWith("<! ", StringComparison.Ordinal))
            {
                var text = BotHarness.TextOf(replies);
                Assert.False(Contains(text, raw[3..]), $"{where}: « {raw[3..]} » should not be in:\n{text}");
            }
            else if (raw.StartsWith("<card ", StringComparison.Ordinal))
            {
                var cards = string.Join("\n", replies.SelectMany(r => r.Attachments ?? []).Select(a => JsonConvert.SerializeObject(a.Content)));
                Assert.True(Contains(cards, raw[6..]), $"{where}: no card contains « {raw[6..]} ». Cards:\n{cards}");
            }
            else if (raw.StartsWith("<button ", StringComparison.Ordinal))
            {
                var buttons = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title).ToList();
                Assert.True(buttons.Any(b => Contains(b, raw[8..])), $"{where}: no button « {raw[8..]} » among: {string.Join(" / ", buttons)}");
            }
            else if (raw.StartsWith("< ", StringComparison.Ordinal))
            {
                var text = BotHarness.TextOf(replies);
                var missing = raw[2..].Split('|', StringSplitOptions.TrimEntries).Where(f => !Contains(text, f)).ToList();
                Assert.True(missing.Count == 0, $"{where}: missing « {string.Join(" », « ", missing)} » in:\n{text}");
            }
            else
            {
                Assert.Fail($"{name}.transcript:{number}: unreadable line « {raw} »");
            }
        }
    }

    private static bool Contains(string text, string fragment) => Fold(text).Contains(Fold(fragment), StringComparison.Ordinal);

    /// <summary>Lower case, no accents, typographic apostrophes and spaces made plain, whitespace collapsed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { '’' or '‘' => '\'', '\u00a0' or '\u202f' or '\n' or '\t' => ' ', _ => char.ToLowerInvariant(c) });
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
