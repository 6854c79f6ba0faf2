using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EventBot.Domain.Insight;

/// <summary>
/// Takes personal data out of a question before it is kept: e-mail addresses, phone numbers and any run of five digits
/// or more (postcodes, card or file numbers) become a mark; the text is cut at <see cref="MaxLength"/>. Names cannot be
/// told from words reliably and are not removed: only questions the bot could not answer are kept, not sign-up answers.
/// </summary>
public static partial class QuestionRedactor
{
    public const int MaxLength = 200;

    public const string EmailMark = "[e-mail]";
    public const string PhoneMark = "[téléphone]";
    public const string NumberMark = "[numéro]";

    public static string Redact(string question)
    {
        var text = Email().Replace(question, EmailMark);
        text = Phone().Replace(text, PhoneMark);
        text = LongNumber().Replace(text, NumberMark);
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>The same key for the same question written with other case, accents, punctuation or spacing.</summary>
    public static string Key(string redacted)
    {
        var builder = new StringBuilder(redacted.Length);
        foreach (var c in redacted.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}\-]+(?:\s*\.\s*[\p{L}\p{N}\-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    // Eight digits or more, maybe grouped by spaces, dots or dashes, maybe after + or 00: French and international numbers.
    [GeneratedRegex(@"(?:\+|\b00)?\d(?:[\s.\-/]?\d){7,}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
