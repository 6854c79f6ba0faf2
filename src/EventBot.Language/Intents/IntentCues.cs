using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>
/// The cue table. Weights follow one scale: question words that decide what the answer must be
/// (où, qui, quand, organisateurs) weigh 4, more than a topic word plus a named thing (atelier 2 +
/// the atelier's name 1.5), so that "où a lieu l'atelier…" asks for a place; actions and out-of-event
/// subjects (s'inscrire, parking, blague) weigh 4.5 because they decide the answer alone; politeness
/// weighs 1 so it never hides a real question.
/// </summary>
internal static class IntentCues
{
    /// <summary>Longest first, as <see cref="IntentClassifier"/> reads them.</summary>
    public static readonly IReadOnlyList<IntentCue> All = Build().OrderByDescending(c => c.Tokens.Count).ToList();

    private static List<IntentCue> Build()
    {
        var cues = new List<IntentCue>();
        void Add(Intent intent, double weight, params string[] phrases)
        {
            foreach (var p in phrases) cues.Add(new IntentCue(intent, FrenchNormaliser.Normalise(p).Tokens, weight));
        }
        void Decisive(Intent intent, double weight, params string[] phrases)
        {
            foreach (var p in phrases) cues.Add(new IntentCue(intent, FrenchNormaliser.Normalise(p).Tokens, weight, CountsInsideNames: true));
        }
        void Role(Intent intent, double weight, CueRole role, params string[] phrases)
        {
            foreach (var p in phrases) cues.Add(new IntentCue(intent, FrenchNormaliser.Normalise(p).Tokens, weight, Role: role));
        }
        // Phrases whose words look like cues but mean something else together: they weigh nothing and hide their parts.
        void Neutral(params string[] phrases) => Add(Intent.None, 0, phrases);
        void Topic(string topic, params string[] phrases)
        {
            foreach (var p in phrases) cues.Add(new IntentCue(Intent.Unknowable, FrenchNormaliser.Normalise(p).Tokens, 4.5, topic));
        }

        Add(Intent.Greeting, 1, "bonjour", "salut", "hello", "coucou", "bonsoir", "hey", "hi", "yo", "hola", "re bonjour");
        Add(Intent.Thanks, 1.2, "merci", "remercie", "c'est gentil", "super merci", "trop bien", "parfait");
        Add(Intent.Goodbye, 1.2, "au revoir", "bye", "a plus", "a bientot", "ciao", "adieu", "tchao");
        // Set phrases whose words mean something else alone ("soirée", "prochaine").
        Add(Intent.Goodbye, 3, "bonne journee", "bonne soiree", "a la prochaine", "bonne fin de journee");
        Add(Intent.Help, 2, "aide", "aider", "help", "comment ca marche", "comment ca fonctionne", "mode d'emploi");
        Add(Intent.Help, 3.5, "que sais tu faire", "tu sais faire quoi", "que peux tu faire", "tu peux faire quoi", "qu'est-ce que tu sais faire",
            "qu'est-ce que tu peux faire", "tu sers a quoi", "qui es tu", "t'es qui", "que puis je demander", "quoi demander", "vous pouvez faire quoi",
            "que savez vous faire", "qu'est ce que je peux demander", "tu fais quoi", "que pouvez vous faire",
            // Who the bot is: the help says it first.
            "qui etes vous", "vous etes qui", "qui est ce bot", "c'est quoi ce bot", "tu es un robot", "vous etes un robot", "etes vous un robot",
            "es tu un robot", "qui me repond", "a qui je parle", "a qui est ce que je parle");
        Add(Intent.Cancel, 3, "annuler", "annule", "stop", "laisse tomber", "laissez tomber", "oublie", "oubliez", "arrete", "arreter", "abandonner", "on arrete");

        // "programme" keeps its sense inside a document's name ("programme de la semaine"), unless a document
        // word says the file is meant ("télécharger le programme", "le fichier du programme").
        cues.Add(new IntentCue(Intent.Programme, ["programme"], 2, CountsInsideNames: true, Role: CueRole.UnlessDocument));
        Decisive(Intent.Programme, 2, "planning", "agenda");
        Add(Intent.Programme, 2, "quoi de prevu", "qu'est ce qu'il y a", "il y a quoi", "se passe", "au menu",
            "quoi de neuf", "qu'est-ce qui se passe", "ce qu'il y a", "quoi faire", "calendrier", "deroulement", "deroule", "prevu");
        Add(Intent.Now, 2.5, "en cours", "la tout de suite", "actuellement");
        // Meal words used as a moment, not as a question about food.
        Add(Intent.Next, 4.5, "apres le dejeuner", "apres manger", "apres la pause", "apres le repas");
        Add(Intent.Parcours, 2, "parcours", "lequel choisir", "choisir", "thematiques", "quel theme");
        Add(Intent.Parcours, 1.5, "conseiller citoyen", "conseil citoyen", "me conseilles", "me conseillez", "recommandes", "recommandez", "adapte", "pour moi", "pour un");
        Add(Intent.Parcours, 0.5, "je suis", "je travaille");
        Add(Intent.Session, 2, "atelier", "visite", "table ronde", "plateau radio", "conference", "de quoi parle", "ca parle de", "sujet", "debat", "session", "intervention");
        // Where something takes place or how to get there.
        Add(Intent.Lieu, 4, "ou a lieu", "ou aura lieu", "lieu", "adresse", "accueil", "salle", "comment aller", "comment venir", "comment y aller",
            "comment se rendre", "comment s'y rendre", "dans quelle ville", "quelle ville", "ou se deroule", "ou ca se passe", "se passe ou", "passe ou",
            "ou aller", "plan d'acces", "ou a eu lieu", "ou ont eu lieu", "ou avait lieu", "ou avaient lieu", "ou ont lieu", "a lieu ou",
            "a eu lieu ou", "avait lieu ou", "ont lieu ou", "aura lieu ou");
        // "Avoir lieu" is to happen: "qu'est-ce qui a eu lieu hier ?" asks what, not where; an "état des lieux" is a review.
        Neutral("etat des lieux", "a lieu", "a eu lieu", "ont lieu", "ont eu lieu", "avait lieu", "avaient lieu", "aura lieu", "auront lieu", "avoir lieu");
        // Only "where": a place, or where a document or a link is found ("la biblio je la trouve où", "le webdoc c'est où").
        Role(Intent.Lieu, 4, CueRole.Where, "ou est", "ou se", "ou sont", "ou ca", "c'est ou", "se situe", "situe", "se trouve", "endroit", "localisation",
            "ou il", "ou elle", "ou on", "a quel endroit", "trouve ou", "ou trouver", "ou telecharger", "ou voir", "ou regarder", "ou recuperer",
            "ou consulter", "ou lire");
        // Where someone comes from is who they are (their structure) when a person is meant.
        Role(Intent.Intervenant, 4.5, CueRole.PersonOrWhere, "vient d'ou", "viens d'ou", "venez d'ou", "viennent d'ou", "d'ou vient", "d'ou viens",
            "d'ou venez", "d'ou viennent", "sort d'ou", "d'ou sort");
        Add(Intent.Intervenant, 2, "qui");
        Add(Intent.Intervenant, 4, "avec qui", "qui est", "qui anime", "qui intervient", "intervenant", "intervient", "anime", "animateur", "animatrice", "speaker",
            "qui parle", "orateur", "qui presente", "qui sont", "invites", "interviendra");
        // Who runs a structure or where someone works is about people, even when the structure is a place or a fiche.
        Add(Intent.Intervenant, 4.5, "qui dirige", "dirige", "dirigeant", "dirigeante", "directeur", "directrice", "a la tete", "fondateur", "fondatrice",
            "travaille ou", "bosse ou", "ou travaille", "ou bosse", "il travaille", "elle travaille", "il bosse", "elle bosse", "travaille pour",
            "bosse pour", "travaille dans", "bosse dans", "quelle structure", "son employeur", "sa structure");
        // Format words keep their sense inside a document's name ("programme pdf").
        Decisive(Intent.Ressource, 2.5, "telecharger", "telechargeable", "telechargeables", "document", "pdf", "fichier");
        Add(Intent.Ressource, 2.5, "bibliographie", "ressource", "diaporama", "support", "slides", "lecture", "depliant",
            "plaquette", "synthese", "telechargement", "docs", "a lire", "presentation");
        Add(Intent.Fiche, 3, "fiche", "fiche experience", "fiches experiences", "retour d'experience");
        // The events' own names come from the data as entities; only the words for "an event" are cues.
        Add(Intent.WeekEvent, 2, "evenement", "evenements", "temps fort", "trophees");
        // A "temps fort" is an event, never the weather ("quel temps fort…" is no "quel temps").
        Add(Intent.WeekEvent, 2, "quel temps fort", "quels temps forts");
        Add(Intent.Organisers, 4, "organisateur", "organisateurs", "partenaire", "partenaires", "qui est derriere", "porte par", "pilote", "organise par", "organisee par", "organises par", "qui organise",
            "qui a organise", "qui organisait", "organisait", "organisaient", "financeur", "co organise", "qui porte", "qui pilote", "qui finance");
        Decisive(Intent.Paqte, 3, "paqte", "pacte");
        Add(Intent.Quand, 4, "quand", "quel jour", "quelle date", "a quelle heure", "quelle heure", "horaire", "commence", "debut", "finit", "fini", "termine",
            "combien de temps", "duree", "a partir de quelle heure", "jusqu'a quelle heure", "date", "heure");
        Role(Intent.Lien, 2.5, CueRole.UnlessPlace, "site");
        Add(Intent.Lien, 2.5, "webdoc", "youtube", "video", "lien", "url", "internet", "chaine", "replay", "en ligne", "regarder", "filme", "filmee",
            "filmes", "filmees", "captation", "revoir");
        Add(Intent.Inscription, 4.5, "inscrire", "inscription", "inscris", "reserver", "reservation", "participer", "register", "m'enregistrer", "places disponibles",
            "billet", "je veux venir", "on s'inscrit", "s'inscrit on", "comment s'inscrit");
        // Fitting into something ("le programme s'inscrit dans la feuille de route", "dans quel cadre s'inscrit…") is no sign-up.
        Neutral("s'inscrit dans", "s'inscrivent dans", "s'inscrivait dans", "s'inscrire dans le cadre", "inscrit dans", "inscrite dans", "inscrits dans",
            "inscrites dans", "cadre s'inscrit", "cadre s'inscrivent");
        // "ville" is one letter from "v'lille" (the bikes): a town is no transport question ("contrat de ville").
        Neutral("ville", "villes");
        // "La veille" (the day before) is one letter from "v'lille" too.
        Neutral("veille");
        // Taking part in the past is about others, not signing up; with a partner named it asks whether it was one.
        Role(Intent.Organisers, 2, CueRole.AboutOrganisation, "a participe", "ont participe", "avait participe", "avaient participe", "ai participe",
            "avez participe", "as participe", "avons participe", "a pris part", "ont pris part", "a t elle participe", "a t il participe",
            "ont ils participe", "ont elles participe");
        Add(Intent.OutOfScope, 4.5, "capitale", "blague", "foot", "football", "match", "recette", "president", "bitcoin", "crypto", "film", "chanson", "musique",
            "horoscope", "quel age", "psg", "losc", "mariage", "poeme", "crepes", "pizza", "netflix", "chat gpt", "voiture electrique", "bourse", "elections",
            "ta couleur preferee", "tu m'aimes", "jeu video", "sens de la vie", "population", "pays", "chiffre d'affaires d'apple");

        Topic("parking", "parking", "stationnement", "garer", "stationner", "se garer", "voiture", "parker");
        Topic("prix", "prix", "tarif", "payant", "payante", "gratuit", "gratuite", "coute", "cout", "payer", "cher", "combien ca coute");
        Topic("wifi", "wifi", "wi fi", "code wifi", "connexion");
        Topic("météo", "meteo", "pluie", "pleuvoir", "quel temps", "parapluie", "soleil", "temperature", "fera beau", "il fait beau", "fera t il beau", "va pleuvoir", "temps fera");
        Topic("repas", "manger", "repas", "dejeuner", "dej", "restauration", "restaurant", "resto", "buffet", "cafe", "diner", "boire", "traiteur", "vegetarien", "sandwich", "goûter");
        Topic("accessibilité", "pmr", "accessibilite", "fauteuil roulant", "mobilite reduite", "ascenseur", "accessible", "handicape moteur");
        Topic("transport", "transport en commun", "transports", "metro", "bus", "tram", "tramway", "train", "gare", "navette", "velo", "covoiturage", "v'lille", "taxi", "uber");
        Topic("vestiaire", "vestiaire", "deposer mes affaires", "bagages", "valise", "manteau");
        // A place to sleep, not housing as a subject ("les bailleurs", "acteurs du logement" are in the documents' words).
        Topic("hébergement", "hotel", "hebergement", "dormir", "un logement", "se loger", "ou loger", "nuit sur place");
        Topic("toilettes", "toilettes", "wc");
        return cues;
    }
}
