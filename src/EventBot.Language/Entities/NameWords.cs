using System.Collections.Concurrent;
using EventBot.Language.Text;

namespace EventBot.Language.Entities;

/// <summary>
/// The words of every name the recognizer knows, numbered, and what a message token matches among them
/// (<see cref="FuzzyMatcher.WordSimilarity(string, string)"/> and <see cref="FuzzyMatcher.JoinedNameSimilarity"/>),
/// worked out once per distinct token and remembered. A message is then scored against every name by lookups: comparing
/// each token with each name word anew was most of the cost of understanding a message, while the same few hundred
/// tokens come back in nearly every message. Immutable but for the memory, which is safe to share between turns.
/// </summary>
internal sealed class NameWords
{
    /// <summary>Tokens remembered at most; beyond, the memory starts again (odd input must not grow it for ever).</summary>
    internal const int MaxRemembered = 20_000;

    private readonly string[] _words;
    private readonly string[] _joined;
    /// <summary>Per name (by its index): the ids of its words.</summary>
    private readonly int[][] _phraseWords;
    /// <summary>Per name: the id of its words written as one, or -1 for a one-word name.</summary>
    private readonly int[] _phraseJoined;
    /// <summary>Per word id: the names whose first word it is.</summary>
    private readonly int[][] _phrasesStartingWith;
    /// <summary>Per joined id: the names written so as one word.</summary>
    private readonly int[][] _phrasesJoinedAs;
    private readonly ConcurrentDictionary<string, TokenMatches> _remembered = new(StringComparer.Ordinal);
    private int _rememberedCount;

    /// <param name="phrases">The names, in the recognizer's order.</param>
    public NameWords(IReadOnlyList<EntityPhrase> phrases)
    {
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var joinedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _phraseWords = new int[phrases.Count][];
        _phraseJoined = new int[phrases.Count];
        var startingWith = new Dictionary<int, List<int>>();
        var joinedBy = new Dictionary<int, List<int>>();
        for (var p = 0; p < phrases.Count; p++)
        {
            var tokens = phrases[p].Tokens;
            _phraseWords[p] = tokens.Select(t => IdOf(wordIds, t)).ToArray();
            _phraseJoined[p] = tokens.Count > 1 ? IdOf(joinedIds, phrases[p].Joined) : -1;
            if (tokens.Count > 0) Add(startingWith, _phraseWords[p][0], p);
            if (_phraseJoined[p] >= 0) Add(joinedBy, _phraseJoined[p], p);
        }
        _words = [.. wordIds.OrderBy(w => w.Value).Select(w => w.Key)];
        _joined = [.. joinedIds.OrderBy(j => j.Value).Select(j => j.Key)];
        _phrasesStartingWith = Enumerable.Range(0, _words.Length)
            .Select(w => startingWith.TryGetValue(w, out var list) ? list.ToArray() : []).ToArray();
        _phrasesJoinedAs = Enumerable.Range(0, _joined.Length).Select(j => joinedBy[j].ToArray()).ToArray();
    }

    /// <summary>The message's tokens against the name of index <paramref name="phrase"/>, for <see cref="FuzzyMatcher.BestSpan{TScores}"/>.</summary>
    public RememberedScores Scores(TokenMatches[] tokens, int phrase) => new(tokens, _phraseWords[phrase], _phraseJoined[phrase]);

    /// <summary>What each token of a message matches among the name words.</summary>
    public TokenMatches[] Read(IReadOnlyList<string> tokens)
    {
        var matches = new TokenMatches[tokens.Count];
        for (var i = 0; i < matches.Length; i++) matches[i] = Of(tokens[i]);
        return matches;
    }

    /// <summary>
    /// Per name: whether it can be found in the message at all, its first word or all its words as one being among the
    /// tokens. The others need no search.
    /// </summary>
    public bool[] Findable(TokenMatches[] tokens)
    {
        var findable = new bool[_phraseWords.Length];
        foreach (var token in tokens)
        {
            foreach (var (word, _) in token.Words)
                foreach (var p in _phrasesStartingWith[word]) findable[p] = true;
            foreach (var (joined, _) in token.Joined)
                foreach (var p in _phrasesJoinedAs[joined]) findable[p] = true;
        }
        return findable;
    }

    /// <summary>How many tokens are remembered now.</summary>
    internal int RememberedCount => _remembered.Count;

    /// <summary>What <paramref name="token"/> matches among the name words.</summary>
    public TokenMatches Of(string token)
    {
        if (_remembered.TryGetValue(token, out var known)) return known;
        var matches = Compute(token);
        if (Interlocked.Increment(ref _rememberedCount) > MaxRemembered)
        {
            _remembered.Clear();
            Interlocked.Exchange(ref _rememberedCount, 0);
        }
        _remembered.TryAdd(token, matches);
        return matches;
    }

    private TokenMatches Compute(string token)
    {
        List<(int, double)>? words = null;
        for (var w = 0; w < _words.Length; w++)
        {
            var score = FuzzyMatcher.WordSimilarity(token, _words[w]);
            if (score > 0) (words ??= []).Add((w, score));
        }
        List<(int, double)>? joined = null;
        for (var j = 0; j < _joined.Length; j++)
        {
            var score = FuzzyMatcher.JoinedNameSimilarity(token, _joined[j]);
            if (score > 0) (joined ??= []).Add((j, score));
        }
        return new TokenMatches(FrenchStopWords.Contains(token), words?.ToArray() ?? [], joined?.ToArray() ?? []);
    }

    private static int IdOf(Dictionary<string, int> ids, string text)
    {
        if (!ids.TryGetValue(text, out var id)) ids[text] = id = ids.Count;
        return id;
    }

    private static void Add(Dictionary<int, List<int>> lists, int key, int value)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(value);
    }
}

/// <summary>What one message token matches: the name words (by id) and joined names it stands for, with their scores.</summary>
internal sealed record TokenMatches(bool IsStopWord, (int Id, double Score)[] Words, (int Id, double Score)[] Joined)
{
    public double WordScore(int id) => ScoreOf(Words, id);

    public double JoinedScore(int id) => ScoreOf(Joined, id);

    private static double ScoreOf((int Id, double Score)[] matches, int id)
    {
        foreach (var (matchId, score) in matches)
            if (matchId == id) return score;
        return 0.0;
    }
}

/// <summary>One message's tokens against one name, read from what the tokens match (<see cref="NameWords"/>).</summary>
internal readonly struct RememberedScores(TokenMatches[] tokens, int[] phraseWords, int phraseJoined) : ISpanScores
{
    public int TokenCount => tokens.Length;
    public int PhraseLength => phraseWords.Length;
    public bool IsStopWord(int token) => tokens[token].IsStopWord;
    public double Word(int token, int phraseWord) => tokens[token].WordScore(phraseWords[phraseWord]);
    public double Joined(int token) => phraseJoined < 0 ? 0.0 : tokens[token].JoinedScore(phraseJoined);
}
