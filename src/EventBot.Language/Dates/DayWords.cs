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

    /// <summary>The usual written abbreviations ("16 oct"), read exactly.</summary>
    private static readonly Dictionary<string, int> Abbreviations = new()
    {
        ["janv"] = 1, ["fev"] = 2, ["avr"] = 4, ["juil"] = 7, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>1–12 when the token is a month name.</summary>
    public static int? Month(string token) => Find(Months, token) is { } i ? i + 1 : null;

    /// <summary>1–12 when the token is a month's abbreviation.</summary>
    public static int? MonthAbbreviation(string token) => Abbreviations.TryGetValue(token, out var m) ? m : null;

    private static int? Find(string[] words, string token)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (token == words[i]) return i;
            var max = FuzzyMatcher.MaxEdits(token.Length);
            if (max > 0 && FuzzyMatcher.Distance(token, words[i], max) <= max)
                return i;
        }
        return null;
    }
}
