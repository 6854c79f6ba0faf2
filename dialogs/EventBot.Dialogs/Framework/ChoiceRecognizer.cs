namespace EventBot.Dialogs.Framework;

/// <summary>
/// Finds which offered choice a reply means: the button's title, a synonym, its number
/// ("2", "le deuxième") or enough of its words. Text is compared normalised (case, accents, elisions).
/// </summary>
public sealed class ChoiceRecognizer(Func<string, string> normalise)
{
    private static readonly string[][] Ordinals =
    [
        // "un"/"une" are left out: as articles they start many replies ("un autre parcours").
        ["1", "premier", "premiere"],
        ["2", "deuxieme", "second", "seconde", "deux"],
        ["3", "troisieme", "trois"],
        ["4", "quatrieme", "quatre"],
        ["5", "cinquieme", "cinq"],
        ["6", "sixieme", "six"],
        ["7", "septieme", "sept"],
        ["8", "huitieme", "huit"],
    ];

    private static readonly HashSet<string> OrdinalFiller = ["le", "la", "l'", "ok", "alors", "donc", "plutot", "bien", "oui", "je", "prends", "choisis", "numero", "n", "svp"];

    private static readonly HashSet<string> Filler =
        ["le", "la", "les", "l", "l'", "de", "du", "des", "d", "d'", "qu'", "un", "une", "et", "parcours", "choix", "je", "prends", "veux", "voudrais", "celui", "celle", "sur", "a", "au"];

    public Choice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return null;
        }

        var said = normalise(text);
        var exact = choices.FirstOrDefault(c => Names(c).Any(n => normalise(n) == said));
        if (exact is not null)
        {
            return exact;
        }

        // "le 2e", "la 3ème" are read as "2", "3".
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length >= 2 && char.IsDigit(w[0]) && w.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') is "e" or "eme" or "er" or "ere"
                ? w.TrimEnd('e', 'm', 'r') : w)
            .ToArray();
        var ordinal = OrdinalIn(words, choices.Count);
        if (ordinal is not null)
        {
            return choices[ordinal.Value];
        }

        // The reply names one choice more fully than any other, ignoring filler words.
        var meaningful = words.Where(w => !Filler.Contains(w)).ToHashSet();
        if (meaningful.Count == 0)
        {
            return null;
        }

        var scored = choices
            .Select(c => (Choice: c, Score: Names(c).Max(n => Overlap(meaningful, normalise(n)))))
            .OrderByDescending(x => x.Score)
            .ToList();
        var best = scored[0];
        var runnerUp = scored.Count > 1 ? scored[1].Score : 0;
        return best.Score >= 0.5 && best.Score > runnerUp ? best.Choice : null;
    }

    private static IEnumerable<string> Names(Choice choice) =>
        new[] { choice.Title, choice.Value }.Concat(choice.Synonyms ?? []);

    private static int? OrdinalIn(string[] words, int count)
    {
        // Only a short reply is read as a number ("le 2", "ok le 2e alors"), not a sentence that happens to hold one.
        if (words.Count(w => !OrdinalFiller.Contains(w)) > 2)
        {
            return null;
        }

        for (var i = 0; i < Math.Min(count, Ordinals.Length); i++)
        {
            if (words.Any(w => Ordinals[i].Contains(w)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Share of the choice's meaningful words that the reply contains.</summary>
    private static double Overlap(HashSet<string> said, string name)
    {
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToList();
        if (nameWords.Count == 0)
        {
            return 0;
        }

        return nameWords.Count(said.Contains) / (double)nameWords.Count;
    }
}
