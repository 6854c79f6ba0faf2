namespace EventBot.Language.Text;

/// <summary>Finds a phrase (a run of normalised words) in a message's tokens, as the command recognisers need.</summary>
public static class TokenPhrases
{
    /// <summary>Where <paramref name="phrase"/> starts in <paramref name="tokens"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            if (IsAt(tokens, i, phrase))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) => IndexOf(tokens, phrase) >= 0;

    /// <summary>Whether <paramref name="phrase"/> is in <paramref name="tokens"/> at <paramref name="start"/>.</summary>
    public static bool IsAt(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Count; j++)
        {
            if (tokens[start + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }
}
