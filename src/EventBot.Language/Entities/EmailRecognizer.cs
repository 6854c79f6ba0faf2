using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace EventBot.Language.Entities;

/// <summary>Finds the e-mail address a participant typed in a sentence (used by the sign-up).</summary>
public static class EmailRecognizer
{
    /// <summary>The first e-mail address of <paramref name="text"/>, or null.</summary>
    public static string? FindEmail(string text) =>
        SequenceRecognizer.RecognizeEmail(text, Culture.French).FirstOrDefault()?.Text;

    /// <summary>Loads the recognizer's patterns at start-up rather than on a user's turn.</summary>
    public static void WarmUp() => FindEmail("contact@example.org");
}
