using System.Text;
using EventBot.Dialogs.Framework;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Makes text safe for an Adaptive Card TextBlock, which reads a subset of Markdown: characters that
/// would format, link or template text are escaped, so a name is shown exactly as written; invisible characters go.
/// </summary>
public static class CardText
{
    private const string MarkdownSpecials = "\\`*_[]<>~";

    public static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (InvisibleCharacters.IsInvisible(c) || c == '\t')
            {
                continue;
            }

            if (MarkdownSpecials.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
