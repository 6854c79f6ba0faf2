using System.Runtime.CompilerServices;
using EventBot.Domain.Model;
using EventBot.Language.Text;

namespace EventBot.Dialogs.Main;

/// <summary>
/// Completes an answer with the one sentence of the event data that speaks of what the question asks
/// and the answer left out: "la synthèse du Pop-Up est disponible ?" is routed to the documents, and
/// the Pop-Up's fact "la synthèse sera publiée prochainement" is added. Words are compared on their
/// first five letters; words that only ask ("quoi", "programme", "où") or that name the thing found
/// are ignored, so a sentence is added only for a word the answer does not already cover.
/// </summary>
public static class RelatedFact
{
    private const int StemLength = 5;

    /// <summary>Words that ask or name the kind of answer, rather than the fact asked for.</summary>
    private static readonly HashSet<string> AskingWords =
    [
        "quoi", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "combien", "quand", "etait", "etaient",
        "etre", "avoir", "faire", "peut", "peux", "pouvez", "pourriez", "voudrais", "aimerais", "veux", "voulez",
        "cherche", "trouve", "trouver", "savoir", "connaitre", "dire", "dites", "donner", "parle", "parler", "sujet",
        "propos", "concerne", "information", "informations", "renseignement", "exactement", "precisement", "bonjour",
        "merci", "alors", "aussi", "encore", "cela", "ceci", "celui", "celle", "chose", "truc", "niveau", "genre",
        "programme", "prevu", "passe", "heure", "horaire", "journee", "semaine", "evenement", "intervient",
        "intervenant", "intervenants", "parcours", "atelier", "ateliers", "visite", "table", "ronde", "plateau",
        "radio", "seance", "ressource", "ressources", "document", "documents", "telecharger", "fiche", "fiches",
        "experience", "apres", "avant", "pendant", "depuis", "toujours", "quelqu'un", "personne", "existe", "explique",
        "demain", "aujourd'hui", "maintenant", "ensuite", "travaille", "represente", "structure", "partenaire",
        "partenaires", "participe", "questions", "question", "sessions", "session", "projets", "projet", "vient",
        "viennent", "organise", "organisee", "propose", "proposee", "presente", "presentes", "dirige", "theme", "themes", "temps", "donne", "donnez", "montre", "montrez", "envoie", "envoyez", "prochain", "prochaine", "prochainement", "reste",
    ];

    /// <summary>A word found in more sentences than this says too little to pick one of them.</summary>
    private const int MaxSentencesPerWord = 2;

    public static string? Find(Question question, string answer, EventData data)
    {
        var understanding = question.Understanding;
        var tokens = understanding.Normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = understanding.Entities.SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        var wanted = tokens
            .Where((token, index) => !named.Contains(index) && (IsYear(token) || (token.Length >= 5 && !token.Any(char.IsDigit)
                                     && !FrenchStopWords.Contains(token) && !AskingWords.Contains(token))))
            .Select(Stem)
            .ToHashSet();
        if (wanted.Count == 0)
        {
            return null;
        }

        // The answer is read only when the question asks for something: most name nothing beyond what was found.
        wanted.ExceptWith(FrenchNormaliser.Normalise(answer).Tokens.Select(Stem));
        if (wanted.Count == 0)
        {
            return null;
        }

        var sentences = SentenceStems.GetValue(data, StemSentences);
        wanted.RemoveWhere(stem => sentences.Count(s => s.Stems.Contains(stem)) > MaxSentencesPerWord);
        return sentences
            .Select(s => (s.Sentence, Hits: s.Stems.Count(wanted.Contains)))
            .Where(x => x.Hits > 0 && !answer.Contains(x.Sentence, StringComparison.Ordinal))
            .OrderByDescending(x => x.Hits)
            .Select(x => x.Sentence)
            .FirstOrDefault();
    }

    /// <summary>The sentences of one data snapshot with their stems, worked out once: the data does not change under a turn.</summary>
    private static readonly ConditionalWeakTable<EventData, List<(string Sentence, HashSet<string> Stems)>> SentenceStems = new();

    private static List<(string Sentence, HashSet<string> Stems)> StemSentences(EventData data) =>
        [.. Sentences(data).Distinct().Select(s => (Sentence: s, Stems: FrenchNormaliser.Normalise(s).Tokens.Select(Stem).ToHashSet()))];

    /// <summary>Every fact sentence of the data, in our words.</summary>
    private static IEnumerable<string> Sentences(EventData data) =>
        data.Week.Facts
            .Concat(data.Events.SelectMany(e => e.Facts.Prepend(e.Summary)))
            .Concat(data.Parcours.Select(p => p.Summary))
            .Concat(data.Parcours.SelectMany(p => p.Sessions).Select(s => s.Summary).OfType<string>())
            .Concat(data.Fiches.SelectMany(f => f.Facts.Prepend(f.Summary)))
            .Concat(data.Places.Select(p => p.Description))
            .Concat(data.Organisations.Select(o => o.Description).OfType<string>());

    /// <summary>A year ("2020") picks the sentence that speaks of it.</summary>
    private static bool IsYear(string token) => token.Length == 4 && token.All(char.IsDigit);

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;
}
