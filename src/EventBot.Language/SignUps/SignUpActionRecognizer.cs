using EventBot.Language.Text;

namespace EventBot.Language.SignUps;

/// <summary>
/// Recognises requests about one's own sign-up and personal data by their set phrases, on normalised
/// text. These phrases name the action outright, so they decide before the general intents
/// ("annule mon inscription" is not a plain "annuler").
/// </summary>
public static class SignUpActionRecognizer
{
    /// <summary>Most specific first: deleting data before viewing it, cancelling before viewing the sign-up.</summary>
    private static readonly (SignUpAction Action, string[] Phrases)[] Table =
    [
        (SignUpAction.DeleteData,
        [
            "supprimez mes donnees", "supprimer mes donnees", "supprime mes donnees", "effacez mes donnees", "effacer mes donnees",
            "efface mes donnees", "droit a l'oubli", "oubliez moi", "supprimez toutes mes donnees", "effacer toutes mes donnees",
            "supprimer toutes mes donnees", "supprimer mes informations", "effacez mes informations",
        ]),
        (SignUpAction.ViewData,
        [
            "mes donnees", "donnees personnelles", "donnees avez vous", "donnees vous avez", "savez vous sur moi", "sais tu sur moi",
            "informations sur moi", "infos sur moi", "ce que vous avez sur moi", "rgpd", "mes informations personnelles",
        ]),
        (SignUpAction.Cancel,
        [
            "annule mon inscription", "annuler mon inscription", "annulez mon inscription", "desinscrire", "desinscris", "desinscrivez",
            "desinscription", "supprimer mon inscription", "supprimez mon inscription", "je ne viendrai pas", "je ne viens plus",
            "retirer mon inscription", "retirez mon inscription", "annule ma reservation", "annuler ma reservation",
            "je ne pourrai pas venir", "je ne pourrai plus venir", "je ne peux plus venir",
        ]),
        (SignUpAction.Change,
        [
            "change moi de parcours", "changez moi de parcours", "changer de parcours", "change de parcours", "changer mon inscription",
            "modifier mon inscription", "modifie mon inscription", "modifiez mon inscription", "changer mon parcours",
            "change mon parcours", "changez mon parcours", "changer d'inscription", "passer dans un autre parcours",
            "passer au parcours", "aller plutot au parcours",
        ]),
        (SignUpAction.View,
        [
            "mon inscription", "suis je inscrit", "suis je inscrite", "je suis inscrit ou", "je suis inscrite ou", "ma reservation",
            "mon parcours", "ou suis je inscrit", "ou suis je inscrite", "est ce que je suis inscrit", "est ce que je suis inscrite",
            "mon statut", "ma place",
        ]),
        // A will said in the negative: "je ne peux pas m'inscrire" is a problem to answer, not a refusal.
        (SignUpAction.Decline,
        [
            "veux pas m'inscrire", "voudrais pas m'inscrire", "prefere pas m'inscrire", "prefere ne pas m'inscrire",
            "souhaite pas m'inscrire", "souhaite plus m'inscrire", "veux plus m'inscrire", "pas envie de m'inscrire",
            "vais pas m'inscrire", "ne m'inscris pas", "ne m'inscrivez pas", "pas d'inscription pour moi",
            "finalement pas d'inscription", "non merci pas d'inscription",
        ]),
        (SignUpAction.Availability,
        [
            "reste des places", "reste t il des places", "reste de la place", "reste t il de la place", "encore des places",
            "encore de la place", "places restantes", "places disponibles", "places libres", "combien de places", "nombre de places",
            "est complet", "c'est complet", "deja complet", "plus de place", "plus de places", "y a t il de la place",
            "y a encore de la place", "reste une place",
        ]),
        (SignUpAction.New,
        [
            "inscrire", "inscris moi", "inscrivez moi", "inscris", "m'inscrire", "reserver une place", "reserve moi", "je m'inscris",
        ]),
    ];

    private static readonly (SignUpAction Action, string[][] Phrases)[] Normalised =
        Table.Select(t => (t.Action, t.Phrases.Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray()).ToArray())).ToArray();

    /// <summary>Said alone, "je suis inscrit ?" asks about one's sign-up; in a longer message it is context for another question.</summary>
    private static readonly string[][] ViewAlone =
        [.. new[] { "je suis inscrit", "je suis inscrite", "je suis bien inscrit", "je suis bien inscrite", "suis je bien inscrit", "suis je bien inscrite" }
            .Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray())];

    private static readonly string[][] AboutSigningUp =
        [.. new[] { "date limite", "deadline", "jusqu'a quand", "avant quand" }.Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray())];

    public static SignUpAction Recognize(NormalisedText message)
    {
        // "Quelle était la date limite pour s'inscrire ?" asks about signing up, for a detail; it does not sign anyone up.
        if (AboutSigningUp.Any(p => TokenPhrases.Contains(message.Tokens, p)))
        {
            return SignUpAction.None;
        }

        if (ViewAlone.Any(p => p.SequenceEqual(message.Tokens)))
        {
            return SignUpAction.View;
        }

        foreach (var (action, phrases) in Normalised)
        {
            if (phrases.Any(p => TokenPhrases.Contains(message.Tokens, p)))
            {
                return action;
            }
        }

        return SignUpAction.None;
    }
}
