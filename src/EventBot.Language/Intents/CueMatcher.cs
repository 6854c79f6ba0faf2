using System.Collections.Concurrent;
using EventBot.Language.Text;

namespace EventBot.Language.Intents;

/// <summary>
/// Finds a cue phrase in a message: consecutive tokens, each equal to the cue word (plural aside) or a
/// light typo of a long one. Stricter than entity matching because cue words are short and common
/// ("lieu"/"lien" must stay apart). Words inside a recognised entity are not cues: "lieux totems" is a
/// parcours, not a question about a place.
/// The cue words are numbered once, and which of them a token is gets worked out once per distinct token and
/// remembered: every message is read against hundreds of cues, nearly all absent, with the same few hundred tokens.
/// </summary>
internal sealed class CueMatcher
{
    /// <summary>Tokens remembered at most; beyond, the memory starts again (odd input must not grow it for ever).</summary>
    internal const int MaxRemembered = 20_000;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly string[] _words;
    private readonly ConcurrentDictionary<string, int[]> _remembered = new(StringComparer.Ordinal);
    private int _rememberedCount;

    public CueMatcher(IEnumerable<IReadOnlyList<string>> cues)
    {
        foreach (var word in cues.SelectMany(c => c))
            _ids.TryAdd(word, _ids.Count);
        _words = [.. _ids.OrderBy(w => w.Value).Select(w => w.Key)];
    }

    /// <summary>A cue as this matcher reads it: its words' numbers, and the words for the checks of their neighbours.</summary>
    public Cue Prepare(IReadOnlyList<string> words) => new(words, [.. words.Select(w => _ids[w])]);

    /// <summary>Reads a message's tokens once for every cue.</summary>
    public CueMessage Read(IReadOnlyList<string> tokens)
    {
        var matches = new int[tokens.Count][];
        var said = new bool[_words.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            matches[i] = CueWordsOf(tokens[i]);
            foreach (var id in matches[i]) said[id] = true;
        }
        return new CueMessage(tokens, matches, said);
    }

    /// <summary>How many tokens are remembered now.</summary>
    internal int RememberedCount => _remembered.Count;

    /// <summary>The numbers of the cue words <paramref name="token"/> stands for, in increasing order.</summary>
    private int[] CueWordsOf(string token)
    {
        if (_remembered.TryGetValue(token, out var known)) return known;
        var ids = Enumerable.Range(0, _words.Length).Where(id => Same(token, _words[id])).ToArray();
        if (Interlocked.Increment(ref _rememberedCount) > MaxRemembered)
        {
            _remembered.Clear();
            Interlocked.Exchange(ref _rememberedCount, 0);
        }
        _remembered.TryAdd(token, ids);
        return ids;
    }

    internal static bool Same(string word, string cueWord)
    {
        if (word == cueWord) return true;
        if (cueWord.Length < 6) return Singular(word).SequenceEqual(Singular(cueWord));
        return FuzzyMatcher.WordSimilarity(word, cueWord) > 0
               && (cueWord.Length >= 9 || FuzzyMatcher.Distance(word, cueWord, 1) <= 1 || cueWord.StartsWith(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// The same word, its plural, or a form of the same verb ("mange" for "manger", "inscrit" for "inscrire"): no typo and no
    /// truncation, which would read "traite" as "traiteur".
    /// </summary>
    internal static bool SameWordOrForm(string word, string cueWord)
    {
        if (word == cueWord || Singular(word).SequenceEqual(Singular(cueWord))) return true;
        if (cueWord.Length < 5 || !VerbEndings.TryGetValue(cueWord[^2..], out var endings)) return false;
        var stem = cueWord[..^2];
        return word.StartsWith(stem, StringComparison.Ordinal) && endings.Contains(word[stem.Length..]);
    }

    /// <summary>The endings of the usual forms of a verb, by the ending of its infinitive.</summary>
    private static readonly Dictionary<string, HashSet<string>> VerbEndings = new(StringComparer.Ordinal)
    {
        ["er"] = ["e", "es", "ent", "ez", "ons", "ee", "ees", "ai", "ais", "ait", "aient", "era", "erai", "erons"],
        ["ir"] = ["is", "it", "issent", "issez", "i", "ie", "ies"],
        ["re"] = ["s", "t", "te", "ts", "tes", "vent", "vez", "vons"],
    };

    private static ReadOnlySpan<char> Singular(string word) =>
        word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') ? word.AsSpan(0, word.Length - 1) : word;
}

/// <summary>A cue phrase: its words and their numbers in the <see cref="CueMatcher"/> that prepared it.</summary>
internal sealed record Cue(IReadOnlyList<string> Words, int[] Ids);

/// <summary>
/// A message's tokens, the cue words each stands for, and which cue words it says at all (most cues are not there, and
/// that is known from their first word) (<see cref="CueMatcher.Read"/>).
/// </summary>
internal sealed class CueMessage(IReadOnlyList<string> tokens, int[][] cueWords, bool[] said)
{
    /// <summary>Start of the first occurrence of <paramref name="cue"/> outside <paramref name="covered"/>, or -1.</summary>
    public int Find(Cue cue, IReadOnlySet<int> covered)
    {
        if (cue.Ids.Length == 0 || !said[cue.Ids[0]]) return -1;
        for (var start = 0; start + cue.Ids.Length <= tokens.Count; start++)
        {
            var all = true;
            for (var k = 0; k < cue.Ids.Length && all; k++)
                all = Array.BinarySearch(cueWords[start + k], cue.Ids[k]) >= 0 && !covered.Contains(start + k);
            if (all && !IsAfternoon(start, cue.Words) && !IsRelativeQui(start, cue.Words)) return start;
        }
        return -1;
    }

    /// <summary>"après-midi" is a time of day, not "après".</summary>
    private bool IsAfternoon(int start, IReadOnlyList<string> cue) =>
        cue[^1] == "apres" && start + cue.Count < tokens.Count && tokens[start + cue.Count] == "midi";

    /// <summary>"qu'est-ce qui se passe", "ce qui": a relative "qui", not a question about who.</summary>
    private bool IsRelativeQui(int start, IReadOnlyList<string> cue) =>
        cue[0] == "qui" && start > 0 && tokens[start - 1] == "ce";
}
