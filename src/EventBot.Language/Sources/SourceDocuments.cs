using System.Reflection;
using System.Text.RegularExpressions;
using EventBot.Domain.Model;
using EventBot.Language.Text;

namespace EventBot.Language.Sources;

/// <summary>
/// The two source documents of the event (<c>seeds/sources/*.txt</c>, embedded in this assembly) cut into
/// sentences, without their page furniture (download buttons, file weights, footnote links). Each
/// document is titled as in <see cref="EventData.Sources"/>, found by the page address it ends with.
/// </summary>
public static partial class SourceDocuments
{
    private const string Prefix = "EventBot.Language.Sources.";

    /// <summary>Lines that are the web page's furniture, not what it says.</summary>
    private static readonly string[] Furniture =
        ["Poids", "Téléchargement", "Afficher/masquer", "Dates:", "URL de la source", "Liens", "Sommaire", "©"];

    public static IReadOnlyList<SourceSentence> Sentences(IReadOnlyList<Source> sources)
    {
        var sentences = new List<SourceSentence>();
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            // The page's own address is the first after "URL de la source"; the other addresses in it are links to other pages.
            var own = SourceAddress().Match(text) is { Success: true } m ? Address(m.Groups[1].Value) : "";
            var title = sources.FirstOrDefault(s => Address(s.Url).Equals(own, StringComparison.OrdinalIgnoreCase))?.Title
                        ?? Path.GetFileNameWithoutExtension(name[Prefix.Length..]);
            sentences.AddRange(Cut(text, title));
        }

        return sentences;
    }

    /// <summary>The sentences of one document, each under the last heading seen ("Parcours Emergence").</summary>
    internal static IEnumerable<SourceSentence> Cut(string text, string document)
    {
        string? heading = null;
        IReadOnlySet<string> previous = new HashSet<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0 || Furniture.Any(f => line.StartsWith(f, StringComparison.Ordinal)) || FootnoteLink().IsMatch(raw.Trim()))
            {
                continue;
            }

            if (IsHeading(raw, line)) heading = line;
            foreach (var sentence in SentenceEnd().Split(line).Select(s => s.Trim()).Where(s => s.Length >= 12))
            {
                var stems = FrenchStems.Of(sentence).ToHashSet();
                yield return new SourceSentence(sentence, document, heading)
                {
                    Stems = stems,
                    HeadingStems = heading is null ? new HashSet<string>() : FrenchStems.Of(heading).ToHashSet(),
                    PreviousStems = previous,
                };
                previous = stems;
            }
        }
    }

    /// <summary>A section title: a markdown heading, or a short line naming a parcours or a day.</summary>
    private static bool IsHeading(string raw, string line) =>
        raw.TrimStart().StartsWith('#') || (line.Length < 60 && !line.Contains('.') &&
            (line.StartsWith("Parcours ", StringComparison.Ordinal) || line.StartsWith("Fiche expérience", StringComparison.Ordinal)
             || DayHeading().IsMatch(line)));

    /// <summary>The text of a line without markdown: emphasis, headings, bullets, "[titre](#) [n]" links reduced to their title.</summary>
    private static string Clean(string raw)
    {
        var line = MarkdownLink().Replace(raw, "$1");
        line = line.Replace("**", "").Replace("\\_", "_").Trim().TrimStart('#', '-', '•', '✓', ' ').Trim();
        return Spaces().Replace(line, " ");
    }

    private static string Address(string url) => url.Replace("https://", "").Replace("http://", "").Replace("www.", "").TrimEnd('/');

    [GeneratedRegex(@"URL de la source[^<]*<(https?://[^>]+)>")]
    private static partial Regex SourceAddress();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)(\s*\[\d+\])?")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^(-\s*)?\[\d+\]")]
    private static partial Regex FootnoteLink();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(Lundi|Mardi|Mercredi|Jeudi|Vendredi) \d+ octobre")]
    private static partial Regex DayHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
