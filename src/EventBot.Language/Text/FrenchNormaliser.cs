using System.Globalization;
using System.Text;

namespace EventBot.Language.Text;

/// <summary>
/// Puts a French message into one comparable form: lower case, accents folded, apostrophes unified,
/// elisions split off as their own token ("l'atelier" → "l'" "atelier"), punctuation removed and the
/// usual SMS or sloppy spellings replaced by the words they stand for. "ou" stays "ou": once accents are
/// folded "où" and "ou" are the same token and only the context can tell them apart.
/// </summary>
public static partial class FrenchNormaliser
{
    private static readonly string[] Elisions = ["qu'", "l'", "d'", "j'", "c'", "n'", "s'", "m'", "t'"];

    /// <summary>Sloppy form → the tokens it stands for. Keys and values are already folded.</summary>
    private static readonly Dictionary<string, string[]> Sloppy = new()
    {
        ["c"] = ["c'", "est"], ["cest"] = ["c'", "est"],
        ["koi"] = ["quoi"], ["kwa"] = ["quoi"], ["quoa"] = ["quoi"],
        ["pr"] = ["pour"], ["ds"] = ["dans"],
        ["qd"] = ["quand"], ["qnd"] = ["quand"], ["kan"] = ["quand"], ["kand"] = ["quand"],
        ["slt"] = ["salut"], ["bjr"] = ["bonjour"], ["bjour"] = ["bonjour"], ["bsr"] = ["bonsoir"],
        ["stp"] = ["svp"], ["svp"] = ["svp"], ["plz"] = ["svp"],
        ["mrc"] = ["merci"], ["mci"] = ["merci"], ["merki"] = ["merci"], ["thx"] = ["merci"],
        ["prog"] = ["programme"], ["prgm"] = ["programme"], ["programe"] = ["programme"],
        ["jsuis"] = ["je", "suis"], ["jsui"] = ["je", "suis"], ["chui"] = ["je", "suis"], ["chuis"] = ["je", "suis"],
        ["jveux"] = ["je", "veux"], ["jveu"] = ["je", "veux"], ["jpeux"] = ["je", "peux"],
        ["jsais"] = ["je", "sais"], ["chais"] = ["je", "sais"],
        ["tjrs"] = ["toujours"], ["tjs"] = ["toujours"], ["bcp"] = ["beaucoup"], ["tt"] = ["tout"],
        ["ya"] = ["il", "y", "a"], ["yaura"] = ["il", "y", "aura"],
        ["kel"] = ["quel"], ["kelle"] = ["quelle"], ["kels"] = ["quels"], ["ki"] = ["qui"], ["ke"] = ["que"],
        ["pk"] = ["pourquoi"], ["pq"] = ["pourquoi"], ["pourkoi"] = ["pourquoi"],
        ["cmt"] = ["comment"], ["cmnt"] = ["comment"], ["vs"] = ["vous"], ["dsl"] = ["desole"],
        ["auj"] = ["aujourd'hui"], ["ajd"] = ["aujourd'hui"], ["aujd"] = ["aujourd'hui"],
        ["aujourdhui"] = ["aujourd'hui"], ["ojourdhui"] = ["aujourd'hui"],
        ["dem1"] = ["demain"], ["2main"] = ["demain"], ["rdv"] = ["rendez", "vous"], ["qq"] = ["quelque"],
        ["infos"] = ["info"], ["inscri"] = ["inscrire"], ["mtn"] = ["maintenant"], ["mnt"] = ["maintenant"],
    };

    public static NormalisedText Normalise(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        foreach (var raw in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            AddToken(raw, tokens);
        return new NormalisedText(string.Join(' ', tokens), tokens);
    }

    /// <summary>Lower case, accents folded, apostrophes unified, punctuation turned into spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('´', '\'').Replace('`', '\'')
            .Replace("œ", "oe").Replace("æ", "ae").Replace("+", " plus ")
            .Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) || ch == '\'' ? ch : ' ');
        }
        return sb.ToString();
    }

    /// <summary>"merciii", "salutttt": a letter typed three times or more counts once.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"([a-z])\1{2,}")]
    private static partial System.Text.RegularExpressions.Regex Repeats();

    private static void AddToken(string raw, List<string> tokens)
    {
        var token = Repeats().Replace(raw.Trim('\''), "$1");
        if (token.Length == 0) return;
        foreach (var elision in Elisions)
        {
            if (token.Length > elision.Length && token.StartsWith(elision, StringComparison.Ordinal))
            {
                tokens.Add(elision);
                AddToken(token[elision.Length..], tokens);
                return;
            }
        }
        // "aujourd'hui" keeps its apostrophe; any other inner apostrophe is a typo.
        if (token != "aujourd'hui") token = token.Replace("'", "");
        if (Sloppy.TryGetValue(token, out var replacement)) tokens.AddRange(replacement);
        else tokens.Add(token);
    }
}
