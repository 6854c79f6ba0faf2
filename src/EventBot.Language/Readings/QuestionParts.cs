using System.Text.RegularExpressions;

namespace EventBot.Language.Readings;

/// <summary>
/// Cuts a message into the questions it asks: after a question mark followed by more words, before "et" or "puis"
/// starting a new question ("…, et c'était quoi le thème ?"), and at "et" between two clauses that each ask something.
/// One question gives one part.
/// </summary>
public static partial class QuestionParts
{
    /// <summary>The most questions of one message that get an answer each.</summary>
    public const int MaxQuestions = 4;

    public static IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string>();
        foreach (var sentence in AfterQuestionMark().Split(text))
        {
            foreach (var clause in BeforeNewQuestion().Split(sentence))
                AddClauses(clause, parts);
        }

        // A part of fewer than two words is not a question of its own ("… ? merci"). A message is answered in a few
        // replies at most, whatever it holds: the rest of a long list of questions is left to the next messages.
        var kept = parts.Select(p => p.Trim(' ', ',', ';', '.')).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            .Take(MaxQuestions).ToList();
        return kept.Count > 1 ? kept : [text];
    }

    /// <summary>
    /// "Qui pilote le World Forum et ça se passe quels jours ?", ", et X représentait quelle association ?": at "et", two
    /// clauses that each ask their own question are two questions.
    /// </summary>
    private static void AddClauses(string clause, List<string> parts)
    {
        foreach (Match and in And().Matches(clause))
        {
            var (left, right) = (clause[..and.Index], clause[(and.Index + and.Length)..]);
            if (!HasQuestionWord(left) || !(HasQuestionWord(right) || AsksWhat().IsMatch(right))) continue;
            parts.Add(left);
            AddClauses(right, parts);
            return;
        }

        parts.Add(clause);
    }

    private static bool HasQuestionWord(string clause) => QuestionWord().IsMatch(clause);

    /// <summary>"que s'y est-il passé ?", "qu'a-t-il dit ?": a clause that starts by asking what.</summary>
    [GeneratedRegex(@"^\s*(?:que\b|qu['’])", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhat();

    [GeneratedRegex(@"[,;]?\s+et\s+")]
    private static partial Regex And();

    [GeneratedRegex(@"\b(qui|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|quoi|où|quand|combien|comment|pourquoi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"(?<=\?)\s+(?=\S)")]
    private static partial Regex AfterQuestionMark();

    /// <summary>", et qui …", " et c'était quoi …", "; dans quel parcours …": a conjunction, then a question word.</summary>
    [GeneratedRegex(@"[,;]?\s+(?:et|puis)\s+(?=(?:qui|quel|quelle|quels|quelles|quoi|où|quand|combien|comment|pourquoi|c'est quoi|c'était quoi|c'est qui|à quoi|sur quoi|sur quel|sur quelle|dans quel|dans quelle|pour quel|pour quelle|pour quelles|de quel|de quelle)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeNewQuestion();
}
