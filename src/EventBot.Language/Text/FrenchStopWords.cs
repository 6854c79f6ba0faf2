namespace EventBot.Language.Text;

/// <summary>
/// Function words that carry no name: ignored when a name is looked for in a message
/// ("atelier de Simon" and "atelier Simon" name the same thing).
/// </summary>
public static class FrenchStopWords
{
    private static readonly HashSet<string> Words =
    [
        "le", "la", "les", "l'", "de", "des", "du", "d'", "un", "une", "et", "a", "au", "aux", "en", "pour",
        "par", "sur", "dans", "avec", "ce", "ces", "cet", "cette", "qu'", "que", "est", "c'", "il", "elle",
        "on", "je", "j'", "tu", "vous", "nous", "me", "m'", "te", "t'", "se", "s'", "ne", "n'", "pas", "y",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "leur", "leurs", "ou", "svp", "sont",
        "entre", "vers", "chez", "quel", "quelle", "quels", "quelles", "plus", "comme", "ca", "donc", "puis",
    ];

    public static bool Contains(string token) => Words.Contains(token);
}
