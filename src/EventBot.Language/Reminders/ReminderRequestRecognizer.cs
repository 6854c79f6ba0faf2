using System.Globalization;
using System.Text.RegularExpressions;
using EventBot.Language.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace EventBot.Language.Reminders;

/// <summary>
/// Recognises reminder requests by their set phrases on normalised text, beside the intent classifier (reminders
/// are not an intent of the blind held-out set). Stopping and resuming go first: "stop rappels" also says "rappel".
/// Lead times are read by Microsoft.Recognizers.Text's French durations ("une demi-heure", "deux heures"), with a
/// pattern for the short forms it misses ("30 min", "1h").
/// </summary>
public static partial class ReminderRequestRecognizer
{
    /// <summary>Longer lead times are not reminders for a one-week event; they are read as a mistake.</summary>
    public static readonly TimeSpan MaxLead = TimeSpan.FromDays(2);

    private static readonly (ReminderAction Action, string[] Phrases)[] Table =
    [
        (ReminderAction.Remove,
        [
            "supprime le rappel", "supprimez le rappel", "supprimer le rappel", "supprime mon rappel", "supprimez mon rappel",
            "supprimer mon rappel", "annule le rappel", "annulez le rappel", "annuler le rappel", "annule mon rappel", "annulez mon rappel",
            "annuler mon rappel", "enleve le rappel", "enlevez le rappel", "enlever le rappel", "retire le rappel", "retirez le rappel",
            "plus besoin du rappel", "efface le rappel", "effacez le rappel",
        ]),
        (ReminderAction.Stop,
        [
            "stop rappels", "stop rappel", "stop aux rappels", "stop les rappels", "arrete les rappels", "arretez les rappels",
            "arreter les rappels", "plus de rappels", "plus de rappel", "pas de rappels", "pas de rappel", "desactive les rappels",
            "desactivez les rappels", "desactiver les rappels", "sans rappel", "sans rappels", "aucun rappel",
            // What the bot sends unasked is its reminders: "no more notifications" means them.
            "arrete les notifications", "arretez les notifications", "stop notifications", "stop les notifications", "stop aux notifications",
            "plus de notifications", "plus de notification", "desactive les notifications", "desactivez les notifications",
            "stop les messages", "stop messages", "plus recevoir de messages", "plus recevoir de message", "plus recevoir de notifications",
            "m'envoyez plus", "m'envoie plus", "m'envoyer plus", "desabonne moi", "desabonnez moi", "me desabonner",
        ]),
        (ReminderAction.Resume,
        [
            "reprendre les rappels", "reprends les rappels", "reprenez les rappels", "reactive les rappels", "reactivez les rappels",
            "reactiver les rappels", "remets les rappels", "remettez les rappels", "relance les rappels", "rappels de nouveau",
        ]),
        (ReminderAction.List,
        [
            "mes rappels", "quels rappels", "liste des rappels", "quel rappel", "quand mon rappel", "quand est mon rappel",
            "mon rappel est quand", "pas recu de rappel", "pas recu mon rappel", "pas eu de rappel", "pas eu mon rappel",
        ]),
        (ReminderAction.Set,
        [
            "rappelle moi", "rappelez moi", "rappellez moi", "rapelle moi", "rapellez moi", "rapelez moi", "me rappeler", "me le rappeler",
            "me la rappeler", "un rappel", "previens moi", "prevenez moi", "faites moi penser", "fais moi penser", "rappel pour",
            "rappel avant", "me prevenir", "etre prevenu", "etre prevenue", "etre prevenu e",
        ]),
    ];

    private static readonly (ReminderAction Action, string[][] Phrases)[] Normalised =
        [.. Table.Select(t => (t.Action, t.Phrases.Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray()).ToArray()))];

    private static readonly Lazy<DateTimeModel> Model =
        new(() => (DateTimeModel)new DateTimeRecognizer(Culture.French).GetDateTimeModel(), isThreadSafe: true);

    public static ReminderRequest Recognize(string text) => Recognize(text, FrenchNormaliser.Normalise(text));

    public static ReminderRequest Recognize(string text, NormalisedText message)
    {
        // "Rappel" or "rappels" alone: the bot asks what of, or lists them.
        if (message.Tokens is ["rappel"] or ["un", "rappel"])
        {
            return new ReminderRequest(ReminderAction.Set);
        }

        if (message.Tokens is ["rappels"])
        {
            return new ReminderRequest(ReminderAction.List);
        }

        var action = Normalised.FirstOrDefault(t => t.Phrases.Any(p => TokenPhrases.Contains(message.Tokens, p))).Action;
        if (action == ReminderAction.Set && AsksToBeToldAgain(message.Tokens))
        {
            return ReminderRequest.None;
        }

        if (action == ReminderAction.Remove)
        {
            return new ReminderRequest(action, MyParcours: SaysMyParcours(message));
        }

        if (action != ReminderAction.Set)
        {
            return action == ReminderAction.None ? ReminderRequest.None : new ReminderRequest(action);
        }

        return new ReminderRequest(action, Lead(text), SaysMyParcours(message));
    }

    private static bool SaysMyParcours(NormalisedText message) =>
        TokenPhrases.Contains(message.Tokens, ["mon", "parcours"]) || TokenPhrases.Contains(message.Tokens, ["ma", "journee"]);

    /// <summary>The lead time said in the message ("30 minutes avant", "une heure avant"), or null.</summary>
    public static TimeSpan? Lead(string text)
    {
        if (ShortDuration().Match(text) is { Success: true } match)
        {
            var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var minutesAlone = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            hours += match.Groups["une"].Success ? 1 : 0;
            return Bounded(new TimeSpan(hours, minutes + minutesAlone, 0));
        }

        // A lead is said "… avant"; "l'atelier de 14h" is an hour, not a lead.
        if (!FrenchNormaliser.Normalise(text).Tokens.Contains("avant"))
        {
            return null;
        }

        var durations = Model.Value.Parse(text, new DateTime(2019, 10, 14))
            .Where(r => r.TypeName == "datetimeV2.duration")
            .Select(r => r.Resolution?["values"] is List<Dictionary<string, string>> { Count: > 0 } values &&
                         values[0].TryGetValue("value", out var seconds) &&
                         double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
                ? TimeSpan.FromSeconds(s)
                : (TimeSpan?)null)
            .FirstOrDefault(d => d is not null);
        return durations is { } lead ? Bounded(lead) : null;
    }

    private static TimeSpan? Bounded(TimeSpan lead) => lead > TimeSpan.Zero && lead <= MaxLead ? lead : null;

    /// <summary>
    /// "30 min avant", "30 minutes avant", "1h avant", "1 h 30 avant", "2 heures avant", "45mn avant", and "une heure avant",
    /// which the recognizer reads as an hour of the day.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<une>une)\s+heure|(?<h>\d{1,2})\s*(?:h|heures?)\s*(?<m>\d{1,2})?|(?<min>\d{1,3})\s*(?:min|mins|minutes?|mn))\s+avant\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortDuration();

    /// <summary>
    /// "Rappelez-moi le programme de mercredi", "pouvez-vous me rappeler où est la Plaine Images ?": in French
    /// "rappeler" followed by a question or by a fact (a programme, an address, a name) asks to be told again, now.
    /// "Rappelle-moi la soirée de clôture" names a thing to be reminded of later.
    /// </summary>
    private static bool AsksToBeToldAgain(IReadOnlyList<string> tokens)
    {
        foreach (var verb in TellAgainVerbs)
        {
            var at = TokenPhrases.IndexOf(tokens, verb);
            if (at < 0)
            {
                continue;
            }

            var next = tokens.Skip(at + verb.Length).Where(t => t is not ("encore" or "svp" or "stp" or "donc")).Take(2).ToArray();
            if (next.Length == 0)
            {
                return false;
            }

            return QuestionWords.Contains(next[0]) ||
                   (next.Length == 2 && next[0] is "a" or "de" or "pour" && QuestionWords.Contains(next[1])) ||
                   (next.Length == 2 && Determiners.Contains(next[0]) && FactNouns.Contains(next[1]));
        }

        return false;
    }

    private static readonly string[][] TellAgainVerbs =
        [.. new[] { "rappelle moi", "rappelez moi", "rappellez moi", "rapelle moi", "rapellez moi", "rapelez moi", "me rappeler", "me rapeler" }
            .Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray())];

    private static readonly HashSet<string> QuestionWords =
        ["ou", "qui", "quand", "quel", "quelle", "quels", "quelles", "comment", "combien", "pourquoi", "quoi", "ce", "c'", "qu'", "lequel", "laquelle"];

    private static readonly HashSet<string> Determiners = ["le", "la", "les", "l'", "ton", "votre", "vos", "tes", "son", "sa", "ses", "leur", "leurs"];

    private static readonly HashSet<string> FactNouns =
    [
        "programme", "adresse", "nom", "noms", "theme", "themes", "thematique", "sujet", "titre", "lieu", "lieux", "salle", "heure",
        "horaire", "horaires", "date", "dates", "lien", "liens", "numero", "intervenant", "intervenants", "acces", "plan", "contenu",
        "description", "deroule", "deroulement", "objectif", "principe", "organisateur", "organisateurs",
    ];
}
