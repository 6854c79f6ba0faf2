using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace EventBot.Dialogs.Tests;

/// <summary>
/// Every fact of the two source pages, asked as participants would ask it (Data/facts.tsv), and questions
/// the sources cannot answer (Data/unknowable.tsv), each in a fresh conversation on the Pop-Up morning.
/// </summary>
/// <remarks>
/// Table format: <c>question&lt;TAB&gt;fragment1|fragment2|…</c>, one row per line; blank lines and lines
/// starting with <c>#</c> are comments. Every fragment must appear in the reply, compared case-, accent-,
/// hyphen- and whitespace-insensitively (see <see cref="Normalize"/>).
/// </remarks>
public class FactsTests(ITestOutputHelper output)
{
    /// <summary>Honest "the sources don't say" markers; one of them must be in an unknowable answer.</summary>
    public static readonly string[] HonestMarkers =
    [
        "je n'ai pas cette information",
        "je n'ai pas l",
        "je n'ai pas la salle",
        "je n'ai pas les horaires",
        "je n'ai pas le lieu",
        "je n'ai pas de lien",
        "ne donnent pas",
        "ne précisent pas",
        "pas précisé",
        "n'est pas précisée",
        "ne parlent pas",
    ];

    private static readonly Regex MadeUpHour = new(@"\b\d{1,2}h\d{0,2}\b", RegexOptions.CultureInvariant);

    private static readonly Regex StackTraceLine = new(@"^\s*at [\w.`<>\[\],]+\(.*\)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static TheoryData<string, string> Facts() => ToTheoryData(Table.Read("facts.tsv"));

    public static TheoryData<string, string> Unknowables() => ToTheoryData(Table.Read("unknowable.tsv"));

    [QuestionTheory]
    [MemberData(nameof(Facts))]
    public async Task Bot_answers_with_every_fact_of_the_sources(string question, string expected)
    {
        var reply = await AskInFreshConversationAsync(question);

        var normalizedReply = Normalize(reply);
        var missing = Table.Fragments(expected).Where(f => !normalizedReply.Contains(Normalize(f), StringComparison.Ordinal)).ToList();

        Assert.True(
            missing.Count == 0,
            $"Question : {question}\nFragments manquants : {string.Join(" | ", missing)}\nRéponse du bot :\n{reply}");
    }

    [QuestionTheory]
    [MemberData(nameof(Unknowables))]
    public async Task Bot_says_honestly_what_the_sources_do_not_tell(string question, string expected)
    {
        Assert.Empty(expected);
        var reply = await AskInFreshConversationAsync(question);

        var normalizedReply = Normalize(reply);
        var honest = HonestMarkers.Any(m => normalizedReply.Contains(Normalize(m), StringComparison.Ordinal));
        var hour = MadeUpHour.Match(reply);

        Assert.True(
            honest && !hour.Success,
            $"Question : {question}\n"
            + (honest ? string.Empty : $"Aucune mention honnête parmi : {string.Join(" | ", HonestMarkers)}\n")
            + (hour.Success ? $"Heure inventée : « {hour.Value} »\n" : string.Empty)
            + $"Réponse du bot :\n{reply}");
    }

    [Fact]
    public void Tables_are_well_formed()
    {
        var facts = Table.Read("facts.tsv");
        var unknowables = Table.Read("unknowable.tsv");

        Assert.True(facts.Count >= 120, $"facts.tsv n'a que {facts.Count} lignes.");
        Assert.True(unknowables.Count >= 30, $"unknowable.tsv n'a que {unknowables.Count} lignes.");
        Assert.All(facts, row => Assert.NotEmpty(Table.Fragments(row.Expected)));
        Assert.All(unknowables, row => Assert.Equal(string.Empty, row.Expected));

        var duplicates = facts.Concat(unknowables)
            .GroupBy(row => Normalize(row.Question))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(duplicates.Count == 0, $"Questions en double : {string.Join(" ; ", duplicates)}");
    }

    /// <summary>Asks one question in a new conversation at the default local time and returns the whole reply text.</summary>
    private async Task<string> AskInFreshConversationAsync(string question)
    {
        var bot = new BotHarness();
        string reply;
        try
        {
            reply = BotHarness.TextOf(await bot.AskAsync(question));
        }
        catch (Exception ex)
        {
            Assert.Fail($"Question : {question}\nLe tour a levé une exception :\n{ex}");
            throw;
        }

        output.WriteLine($"Question : {question}\nRéponse du bot :\n{reply}");
        Assert.False(string.IsNullOrWhiteSpace(reply), $"Question : {question}\nLe bot n'a rien répondu.");
        Assert.False(
            reply.Contains("Exception", StringComparison.Ordinal) || StackTraceLine.IsMatch(reply),
            $"Question : {question}\nLe bot a répondu avec une trace d'exception :\n{reply}");
        return reply;
    }

    /// <summary>
    /// Lower-case, without accents, typographic apostrophes, hyphens, markdown emphasis or decimal commas,
    /// whitespace collapsed: "Pop-Up DĒV-ĒCO, 557,14 Ko" and "pop up dev eco, 557.14 ko" compare equal.
    /// </summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    builder.Append('\'');
                    break;
                case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                    builder.Append(' ');
                    break;
                case '*':
                    break;
                case '\u0153' or '\u0152':
                    builder.Append("oe");
                    break;
                case '\u00E6' or '\u00C6':
                    builder.Append("ae");
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var collapsed = Regex.Replace(builder.ToString(), @"\s+", " ").Trim();
        return Regex.Replace(collapsed, @"(?<=\d),(?=\d)", ".");
    }

    private static TheoryData<string, string> ToTheoryData(IEnumerable<Row> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in rows)
        {
            data.Add(row.Question, row.Expected);
        }

        return data;
    }

    public sealed record Row(string Question, string Expected);

    private static class Table
    {
        public static IReadOnlyList<Row> Read(string fileName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Data", fileName);
            var rows = new List<Row>();
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                if (tab <= 0)
                {
                    throw new InvalidDataException($"{fileName}:{lineNumber} : pas de tabulation après la question : « {line} »");
                }

                rows.Add(new Row(line[..tab].Trim(), line[(tab + 1)..].Trim()));
            }

            return rows;
        }

        public static IReadOnlyList<string> Fragments(string expected) =>
            expected.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

/// <summary>A theory whose cases are displayed as their first argument: the participant's question.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("EventBot.Dialogs.Tests.QuestionTheoryDiscoverer", "EventBot.Dialogs.Tests")]
public sealed class QuestionTheoryAttribute : TheoryAttribute;

public sealed class QuestionTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute,
        object[] dataRow) =>
        [
            new QuestionTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                dataRow),
        ];
}

public sealed class QuestionTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public QuestionTestCase()
    {
    }

    public QuestionTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        object[] testMethodArguments)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        TestMethodArguments is [string question, ..] ? question : base.GetDisplayName(factAttribute, displayName);
}
