namespace EventBot.Language.Text;

/// <summary>Finds a phrase (a run of normalised words) in a message's tokens, as the command recognisers need.</summary>
public static class TokenPhrases
{
    /// <summary>Where <paramref name="phrase"/> starts in <paramref name="tokens"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && tokens[i + j] == phrase[j])
            {
                j++;
            }

            if (j == phrase.Count)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) => IndexOf(tokens, phrase) >= 0;
}
