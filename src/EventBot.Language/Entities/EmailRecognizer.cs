using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace EventBot.Language.Entities;

/// <summary>Finds the e-mail address a participant typed in a sentence (used by the sign-up).</summary>
public static class EmailRecognizer
{
    /// <summary>Built once: the static <c>SequenceRecognizer.RecognizeEmail</c> builds a recognizer at every call.</summary>
    private static readonly Lazy<IModel> Model =
        new(() => new SequenceRecognizer(Culture.French).GetEmailModel(), isThreadSafe: true);

    /// <summary>The first e-mail address of <paramref name="text"/>, or null.</summary>
    /// <remarks>Every pattern of the recognizer's e-mail model has an @: a message without one is not read at all.</remarks>
    public static string? FindEmail(string text) =>
        text.Contains('@') ? Model.Value.Parse(text).FirstOrDefault()?.Text : null;

    /// <summary>Loads the recognizer's patterns at start-up rather than on a user's turn.</summary>
    public static void WarmUp() => FindEmail("contact@example.org");
}
