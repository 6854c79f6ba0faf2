using EventBot.Language.Text;

namespace EventBot.Language.Dates;

/// <summary>
/// Weekdays, months and relative words read straight from normalised tokens, with typos tolerated
/// ("mecredi", "vendredy"): this catches what the recognizer misses in sloppy messages.
/// </summary>
internal static class DayWords
{
    private static readonly string[] Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private static readonly string[] Months =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    public static DayOfWeek? Weekday(string token) => Find(Weekdays, token) is { } i ? (DayOfWeek)i : null;

    /// <summary>1–12 when the token is a month name.</summary>
    public static int? Month(string token) => Find(Months, token) is { } i ? i + 1 : null;

    private static int? Find(string[] words, string token)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (token == words[i]) return i;
            var max = FuzzyMatcher.MaxEdits(token.Length);
            if (max > 0 && Math.Abs(token.Length - words[i].Length) <= max && FuzzyMatcher.Distance(token, words[i]) <= max)
                return i;
        }
        return null;
    }
}
