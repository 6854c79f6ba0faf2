namespace EventBot.Language.Text;

/// <summary>
/// What <see cref="FuzzyMatcher.BestSpan{TScores}"/> needs to know of a message and of one name: which tokens are stop
/// words, and how well each token stands for each word of the name, or for the whole name written as one word.
/// </summary>
public interface ISpanScores
{
    int TokenCount { get; }

    /// <summary>How many words the name has.</summary>
    int PhraseLength { get; }

    bool IsStopWord(int token);

    /// <summary><see cref="FuzzyMatcher.WordSimilarity(string, string)"/> of the token and the name's word.</summary>
    double Word(int token, int phraseWord);

    /// <summary><see cref="FuzzyMatcher.JoinedNameSimilarity"/> of the token and the name's words written as one.</summary>
    double Joined(int token);
}
