using EventBot.Dialogs.Replies;
using EventBot.Language.Text;

namespace EventBot.Dialogs.Main;

/// <summary>
/// Keeps an answer honest when it is about the right thing but not about what was asked: "y a-t-il
/// un dress code pour la soirée de clôture ?" finds the closing evening, whose description says
/// nothing of a dress code. Two signs are read:
/// a detail the event documents never give (contacts, ages, prizes won, deadlines, dress, childcare…)
/// that the answer does not mention; and "combien de X" where the answer gives no number before X.
/// The answer then starts by saying the documents do not give it, and still gives what is known.
/// </summary>
public static class AnswerCoverage
{
    /// <summary>
    /// Details people ask about that the event documents never give. Kept to nouns and verbs that
    /// name a detail: general words ("pose", "dure", "travaille") would flag good answers.
    /// </summary>
    private static readonly HashSet<string> Details =
    [
        "telephone", "tel", "numero", "mail", "email", "courriel", "contact", "contacter", "joindre", "linkedin",
        "age", "nationalite", "salaire", "biographie",
        "dress", "code", "tenue", "garderie", "enfants", "enfant", "animaux", "chien", "badge", "cadeau", "goodies",
        "traduction", "interprete", "langue", "velo", "navette", "covoiturage", "gare", "train", "bus", "tram",
        "cafe", "boisson", "boire", "cocktail", "buffet", "diner", "dejeuner", "petit-dejeuner",
        "budget", "cout", "coute", "financement", "billet", "ticket", "remboursement", "capacite", "jauge",
        "limite", "deadline", "gagne", "gagnant", "gagnants", "gagnante", "vainqueur", "vainqueurs", "remporte", "resultat",
        "resultats", "palmares", "classement", "photos", "replay", "enregistrement", "certificat", "attestation",
        "president", "presidente", "prefet", "prefete", "maire", "ministre", "depute", "deputee", "senateur", "senatrice", "edition",
    ];

    private static readonly HashSet<string> CountWords = ["combien", "nombre"];

    /// <summary>Words that mean the people who came, whichever the question uses.</summary>
    private static readonly HashSet<string> PeopleWords = ["monde", "gens", "personnes", "participants", "inscrits", "visiteurs"];

    public static Reply Qualify(Question question, Reply reply)
    {
        var missing = Uncovered(question, reply.Text);
        return missing.Count == 0
            ? reply
            : reply with { Text = MainTexts.NotSaid(FrenchFormat.List(missing.Select(MainTexts.Detail).Distinct().ToList())) + "\n" + reply.Text };
    }

    /// <summary>The details asked that the answer does not give.</summary>
    public static IReadOnlyList<string> Uncovered(Question question, string answer)
    {
        var understanding = question.Understanding;
        var tokens = understanding.Normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = understanding.Entities.SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        var asked = tokens
            .Where((token, index) => !named.Contains(index) && Details.Contains(token) && !AboutThemselves(tokens, index) && !PartOfAVerb(tokens, index))
            .ToList();
        var counted = CountedNoun(tokens, named);
        if (asked.Count == 0 && counted is null)
        {
            // Most questions ask for no such detail: the answer need not be read.
            return [];
        }

        var answerTokens = FrenchNormaliser.Normalise(answer).Tokens;
        var missing = asked.Where(token => !answerTokens.Contains(token)).ToList();
        if (counted is not null && !NumberBefore(counted, answerTokens))
        {
            missing.Add(counted);
        }

        return missing.Distinct().ToList();
    }

    /// <summary>"La semaine s'est tenue du 14 au 18" says when it took place; "tenue" is no dress code there.</summary>
    private static bool PartOfAVerb(string[] tokens, int index) =>
        tokens[index] == "tenue" && index > 0 && tokens[index - 1] is "est" or "ete" or "s'";

    /// <summary>"Je suis président d'association" tells who the person is; it asks for nothing.</summary>
    private static bool AboutThemselves(string[] tokens, int index) =>
        tokens.Skip(Math.Max(0, index - 2)).Take(Math.Min(2, index)).Any(t => t is "suis" or "sommes");

    /// <summary>The noun of "combien de X", "le nombre de X", unless it is a name of the event.</summary>
    private static string? CountedNoun(string[] tokens, HashSet<int> named)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!CountWords.Contains(tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(tokens.Length, i + 4); j++)
            {
                // "Combien de temps" asks how long, which a duration answers without a number of "temps".
                if (tokens[j] == "temps")
                {
                    return null;
                }

                if (!named.Contains(j) && tokens[j].Length >= 4 && !FrenchStopWords.Contains(tokens[j]))
                {
                    return tokens[j];
                }
            }
        }

        return null;
    }

    /// <summary>Whether the answer says "160 participants" (or "une quarantaine d'intervenants") for the noun.</summary>
    private static bool NumberBefore(string noun, IReadOnlyList<string> answer)
    {
        // "Combien de personnes intervenaient…" is answered by a number of intervenants; a number of participants is not.
        bool Same(string word) => FuzzyMatcher.WordSimilarity(noun, word) >= 0.8 || (PeopleWords.Contains(noun) && PeopleWords.Contains(word))
                                  || (noun is "personnes" or "gens" && word.StartsWith("intervenant", StringComparison.Ordinal));
        for (var i = 0; i < answer.Count; i++)
        {
            if (Same(answer[i]) && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => IsNumber(answer[k])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string token) =>
        token.Any(char.IsDigit) || token is "un" or "une" or "deux" or "trois" or "quatre" or "cinq" or "six" or "sept" or "huit"
            or "neuf" or "dix" or "quinzaine" or "vingtaine" or "trentaine" or "quarantaine" or "cinquantaine" or "centaine";
}
