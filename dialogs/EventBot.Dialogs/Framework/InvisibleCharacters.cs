using System.Text;

namespace EventBot.Dialogs.Framework;

/// <summary>
/// Characters a person never means to type and no reader sees: control characters (NUL, escapes, bells) and the
/// bidirectional controls that reorder what follows them (U+202E makes "moc.elpmaxe" read "example.com").
/// Removed from what people type before anything reads or stores it, and from what cards show.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>True for a character to drop; line breaks and tabs stay, and so does the joiner emoji are made of.</summary>
    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Remove(string text)
    {
        if (!text.Any(IsInvisible))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
