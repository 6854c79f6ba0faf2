using System.Reflection;
using EventBot.Language.Text;

namespace EventBot.Language.Readings;

/// <summary>
/// The phrases of <c>reading-words.fr.txt</c> (embedded in this assembly), by section, each normalised
/// like a message. Loaded once: the file is data that reviewers read, not code.
/// </summary>
public sealed class ReadingWords
{
    private const string ResourceName = "EventBot.Language.Readings.reading-words.fr.txt";

    private static readonly Lazy<ReadingWords> Embedded = new(() => Parse(ReadEmbedded()));

    private readonly Dictionary<string, IReadOnlyList<string[]>> _sections;

    private ReadingWords(Dictionary<string, IReadOnlyList<string[]>> sections) => _sections = sections;

    /// <summary>The lists shipped with EventBot.</summary>
    public static ReadingWords Default => Embedded.Value;

    /// <summary>The phrases of one section, longest first; an unknown section is a mistake in the code.</summary>
    public IReadOnlyList<string[]> this[string section] =>
        _sections.TryGetValue(section, out var phrases)
            ? phrases
            : throw new KeyNotFoundException($"reading-words.fr.txt has no section [{section}].");

    public IEnumerable<string> Sections => _sections.Keys;

    /// <summary>Reads the file's text: <c>[section]</c> headers, one phrase per line, <c>#</c> comments.</summary>
    public static ReadingWords Parse(string text)
    {
        var sections = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                if (!sections.TryGetValue(name, out current)) sections[name] = current = [];
                continue;
            }

            if (current is null) throw new FormatException($"reading-words.fr.txt:{lineNumber}: a phrase before any [section].");
            var tokens = FrenchNormaliser.Normalise(line).Tokens;
            if (tokens.Count > 0) current.Add([.. tokens]);
        }

        return new ReadingWords(sections.ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<string[]>)[.. s.Value.OrderByDescending(p => p.Length)],
            StringComparer.Ordinal));
    }

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from EventBot.Language.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
