using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Dates;

/// <summary>The relative expressions of a message ("demain", "ce soir", "et après"…) as token rules.</summary>
internal static class RelativeWords
{
    /// <summary>Token sequences, longest first so "en ce moment" is read before anything shorter.</summary>
    private static readonly (string[] Tokens, RelativeDay Day)[] Rules =
    [
        (["toute", "la", "semaine"], RelativeDay.ThisWeek),
        (["en", "ce", "moment"], RelativeDay.Now),
        (["la", "suite"], RelativeDay.Next),
        (["ce", "soir"], RelativeDay.Tonight),
        (["cette", "semaine"], RelativeDay.ThisWeek),
        (["la", "semaine"], RelativeDay.ThisWeek),
        (["aujourd'hui"], RelativeDay.Today),
        (["demain"], RelativeDay.Tomorrow),
        (["hier"], RelativeDay.Yesterday),
        (["lendemain"], RelativeDay.Next),
        (["veille"], RelativeDay.DayBefore),
        (["maintenant"], RelativeDay.Now),
        (["actuellement"], RelativeDay.Now),
        (["ensuite"], RelativeDay.Next),
        (["apres"], RelativeDay.Next),
        (["prochain"], RelativeDay.Next),
        (["prochaine"], RelativeDay.Next),
    ];

    /// <summary>Words after which "semaine"/"après"/"prochain" no longer mean the event week or what comes next.</summary>
    private static readonly HashSet<string> Blockers = ["prochaine", "derniere", "midi", "passee"];

    /// <summary>
    /// The relative expression of a message; a day ("demain", "ce soir") before the week it belongs to ("demain, c'est quoi
    /// le gros rendez-vous de la semaine ?").
    /// </summary>
    public static (RelativeDay Day, int Start, int Length)? Find(IReadOnlyList<string> tokens)
    {
        var found = FindFirst(tokens, _ => true);
        return found?.Day == RelativeDay.ThisWeek
            ? FindFirst(tokens, day => day is RelativeDay.Today or RelativeDay.Tonight or RelativeDay.Tomorrow or RelativeDay.Yesterday) ?? found
            : found;
    }

    private static (RelativeDay Day, int Start, int Length)? FindFirst(IReadOnlyList<string> tokens, Func<RelativeDay, bool> wanted)
    {
        foreach (var (words, day) in Rules.Where(r => wanted(r.Day)))
        {
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (!TokenPhrases.IsAt(tokens, i, words)) continue;
                var next = i + words.Length < tokens.Count ? tokens[i + words.Length] : null;
                if (next is not null && Blockers.Contains(next)) continue;
                // "Après-demain" and "avant-hier" are left to the date recognizer: not "demain", "hier" or "après".
                var previous = i > 0 ? tokens[i - 1] : null;
                if ((words is ["demain"] && previous == "apres") || (words is ["hier"] && previous == "avant") ||
                    (words is ["apres"] && next == "demain")) continue;
                // "prochain atelier" means the next one, "le 16 prochain" is a date: both read as Next here.
                return (day, i, words.Length);
            }
        }
        return null;
    }
}
