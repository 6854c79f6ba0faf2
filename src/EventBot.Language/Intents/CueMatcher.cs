using EventBot.Language.Text;

namespace EventBot.Language.Intents;

/// <summary>
/// Finds a cue phrase in a message: consecutive tokens, each equal to the cue word (plural aside) or a
/// light typo of a long one. Stricter than entity matching because cue words are short and common
/// ("lieu"/"lien" must stay apart). Words inside a recognised entity are not cues: "lieux totems" is a
/// parcours, not a question about a place.
/// </summary>
internal static class CueMatcher
{
    /// <summary>Start of the first occurrence of <paramref name="cue"/> outside <paramref name="covered"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> tokens, IReadOnlyList<string> cue, IReadOnlySet<int> covered)
    {
        if (cue.Count == 0) return -1;
        for (var start = 0; start + cue.Count <= tokens.Count; start++)
        {
            var all = true;
            for (var k = 0; k < cue.Count && all; k++)
                all = !covered.Contains(start + k) && Same(tokens[start + k], cue[k]);
            if (all && !IsAfternoon(tokens, start, cue) && !IsRelativeQui(tokens, start, cue)) return start;
        }
        return -1;
    }

    /// <summary>"après-midi" is a time of day, not "après".</summary>
    private static bool IsAfternoon(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> cue) =>
        cue[^1] == "apres" && start + cue.Count < tokens.Count && tokens[start + cue.Count] == "midi";

    /// <summary>"qu'est-ce qui se passe", "ce qui": a relative "qui", not a question about who.</summary>
    private static bool IsRelativeQui(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> cue) =>
        cue[0] == "qui" && start > 0 && tokens[start - 1] == "ce";

    private static bool Same(string word, string cueWord)
    {
        if (word == cueWord) return true;
        if (cueWord.Length < 6) return Singular(word).SequenceEqual(Singular(cueWord));
        return FuzzyMatcher.WordSimilarity(word, cueWord) > 0
               && (cueWord.Length >= 9 || FuzzyMatcher.Distance(word, cueWord, 1) <= 1 || cueWord.StartsWith(word, StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> Singular(string word) =>
        word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') ? word.AsSpan(0, word.Length - 1) : word;
}
