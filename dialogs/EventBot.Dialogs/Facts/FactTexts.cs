namespace EventBot.Dialogs.Facts;

/// <summary>What the answers about attributes, counts, comparisons and checks say, for review in one place.</summary>
internal static class FactTexts
{
    public static string SpeakerCount(string of, int count, string names) =>
        count == 1 ? $"{of} : un seul intervenant, {names}." : $"{of} : {count} intervenants, {names}.";

    public static string SessionCount(string of, int count, string titles) =>
        count == 1 ? $"{of} : une seule séance, {titles}." : $"{of} : {count} séances, {titles}.";

    public static string ParcoursCount(string eventTitle, int count, string names) => $"Le {eventTitle} propose {count} parcours : {names}.";

    public static string Participants(string eventTitle, int count) => $"Le {eventTitle} a réuni {count} participants.";

    public static string EventCount(string when, int count, string titles) =>
        count == 1 ? $"{when}, un seul événement : {titles}." : $"{when}, {count} événements : {titles}.";

    public static string ListCount(int count, string what, string items) => $"{count} {what} : {items}.";

    public static string MostSpeakers(string name, int count, string others) =>
        $"C'est le parcours {name}, avec {count} intervenants. Les autres : {others}.";

    public static string FewestSpeakers(string name, int count, string others) =>
        $"C'est le parcours {name}, avec {Count(count, "intervenant")}. Les autres : {others}.";

    public static string MostSessions(string name, int count, string others) =>
        $"C'est le parcours {name}, avec {count} séances. Les autres : {others}.";

    public static string Heaviest(string title, string size, string others) => $"Le plus lourd est « {title} » ({size}). Les autres : {others}.";

    public static string Lightest(string title, string size, string others) => $"Le plus léger est « {title} » ({size}). Les autres : {others}.";

    public static string Lasts(string title, int days, string dates) =>
        days == 1
            ? $"{title} : une journée, {dates}. Je n'ai pas ses horaires : les documents ne les donnent pas."
            : $"{title} : {Count(days, "jour")}, {dates}. Je n'ai pas les horaires : les documents ne les donnent pas.";

    public static string Audience(string name, string audience) => $"Le parcours {name} s'adresse en priorité à ce public : « {audience} »";

    public static string Partners(string what, string partners) => $"{what} : proposé en partenariat avec {partners}.";

    public static string PartnersOf(string what, string organisers, string partners) =>
        $"{what} : proposé par {organisers} en partenariat avec {partners}.";

    public static string NotAlone(string what, string organisers) => $"Non : les organisateurs {Of(what)} sont {organisers}.";

    public static string ParcoursThemes(string name, string summary, string themes) => $"Le parcours {name} : {summary}\nThèmes : {themes}.";

    public static string EventThemes(string title, string themes, string summary, IEnumerable<string> facts) =>
        $"{title} : sur le thème « {themes} ». {summary}" + string.Concat(facts.Select(f => $"\n• {f}"));

    public static string SpeakerOrganisation(string person) => $"{person}.";

    public static string RoleUnknown(string person, string events) =>
        $"Je n'ai pas la fonction de {person} : les documents ne la donnent pas. Ils citent cette personne pour : {events}.";

    public static string MostSpeakersSession(string session, int count, string others, bool least) =>
        $"{(least ? "Le moins d'intervenants" : "Le plus d'intervenants")} : {session}, avec {count} intervenants. L'autre : {others}.";

    public static string SessionThemes(string session, string parcours, string? summary, IReadOnlyList<string> questions) =>
        $"{session} (parcours {parcours})" + (summary is null ? "." : $" : {summary}") + string.Concat(questions.Select(q => $"\n• {q}"));

    public static string SessionsIn(string what, string sessions) => $"{what} : {sessions}.";

    public static string SessionAt(string session, string? place, string? parcours) =>
        session + (place is null ? "" : $", à {place}") + (parcours is null ? "" : $" (parcours {parcours})");

    public static string DocumentInParcours(string document, string parcours) => $"{document} : présenté dans le parcours {parcours}.";

    public static string InParcours(string sessions, string parcours) => $"{sessions} : dans le parcours {parcours}.";

    public static string OrganisersOf(string what, string organisers) => $"Organisateurs {Of(what)} : {organisers}.";

    public static string PeopleOfFiche(string fiche, string people) => $"{fiche} : {people}.";

    public static string EventsOf(string organisation, string events) => $"{organisation} a organisé ou porté : {events}.";

    public static string ParcoursOfEvent(string parcours, string eventTitle) => $"le parcours {parcours} ({eventTitle}, en partenariat)";

    public static string Thanked(string week, string partners) => $"Partenaires remerciés pour leur mobilisation pendant la semaine {week} : {partners}.";

    public static string FromOrganisation(string organisation, string people) => $"{organisation} : les documents citent {people}.";

    public static string NobodyFrom(string organisation) =>
        $"Je n'ai pas d'intervenant de {organisation} : les documents n'en citent aucun.";

    public static string WeekClosedWith(string day, string title, string summary) => $"la semaine s'est terminée {day} avec « {title} » : {summary}";

    public static string WeekOpenedWith(string day, string title, string summary) => $"la semaine s'est ouverte {day} avec « {title} » : {summary}";

    public static string EachCount(string counts) => $"Soit {counts}.";

    public static string CountOf(string what, int count) => $"{Count(count, "intervenant")} pour {what}";

    public static string Appearances(string person, int count, string where) =>
        count == 1 ? $"{person} intervient une fois : {where}." : $"{person} intervient {count} fois : {where}.";

    public static string PersonDid(string person, string eventTitle) => $"{person} ({eventTitle}).";

    public static string SpeaksInParcours(string person, string where) => $"{person} intervient {where}.";

    public static string RoomUnknown(string what, string where) =>
        $"Je n'ai pas la salle : les documents ne la précisent pas. {what} a lieu {where}.";

    public static string Room(string what, string room) => $"{what} : salle {room}.";


    public static string SpeakersOf(string what, string names) => $"Interviennent dans {what} : {names}.";

    public static string Purpose(string what, string summary) => $"{what} : {summary}";

    public static string Titled(string title) => $"Son titre : « {title} ».";

    public static string DateIs(string what, string dates) => $"{what} : {dates}.";

    public static string PartOf(string eventTitle, string dates) => $"C'est au programme de « {eventTitle} », {dates}.";

    public const string Before = "avant";
    public const string After = "après";
    public const string SameDay = "le même jour que";

    public static string Ordered(string first, string firstDates, string relation, string second, string secondDates) =>
        relation == SameDay
            ? $"{first} a lieu le même jour que {second} : {firstDates}."
            : $"{first} ({firstDates}) a lieu {relation} {second} ({secondDates}).";

    public static string Confirmed(string fact) => $"Oui : {fact}";

    public static string Corrected(string fact) => $"Non : {fact}";

    public static string NotExactly(string fact) => $"Pas exactement : {fact}";

    public static string PeopleCount(string structure, int count, string people) =>
        count == 1 ? $"{structure} : une seule personne citée, {people}." : $"{structure} : {count} personnes citées, {people}.";

    public static string NotVerified(string what, string said) =>
        $"Les documents ne le disent pas en ces termes. Voici ce qu'ils disent {Of(what)} : {said}";

    public static string CountIs(int count, string what) => $"{count} {what}";

    public static string Quote(string sentence, string document) => $"Les documents le disent ainsi : « {sentence} » (source : {document})";

    public static string UnknownName(string name) =>
        $"Je n'ai pas d'information sur « {name} » : ce nom ne figure pas dans les documents de l'événement. " +
        "Je peux vous donner les intervenants de chaque parcours.";

    public static string Stands(string term, string expansion, string sentence, string document) =>
        $"« {term.ToUpperInvariant()} » : {expansion}, d'après les documents : « {sentence} » (source : {document})";

    public static string UsedAs(string term, string sentence, string document) =>
        $"Je n'ai pas de définition de « {term} » dans les documents ; ils l'emploient ainsi : « {sentence} » (source : {document})";

    public const string MeaningUnknown =
        "Je n'ai pas cette information : les documents de l'événement ne disent pas ce que ce nom ou ce sigle signifie.";


    // ---- Pieces of the answers: names of things as the answers say them ----

    public const string OrganisersWord = "organisateurs";

    public static string ParcoursTitle(string name) => $"Parcours {name}";

    public static string TheParcours(string name) => $"Le parcours {name}";

    public static string TheWeek(string name) => $"La semaine {name}";

    public static string Session(string kind, string title) => $"{Parcours.ParcoursTexts.Kind(kind)} « {title} »";

    public static string Days(int count, string dates) => $"{Count(count, "jour")}, {dates}";

    public static string FromTo(string start, string end) => $"Du {start} au {end}";

    public static string PartnersBeside(string named) => $"partenaires aux côtés de {named}";

    public static string AxesOf(string paqte) => $"axes pour le {paqte}";

    public static string SectorsOf(string eventTitle) => $"filières pour {eventTitle}";

    public static string EventParcours(string eventTitle, string parcours, string dates) => $"{eventTitle}, parcours {parcours} ({dates})";

    public static string DuringParcours(string parcours, string where) => $"pendant le parcours {parcours}, {where}";

    /// <summary>"de la semaine …", "du parcours …", "de World Forum": a title after "de".</summary>
    private static string Of(string title) =>
        title.StartsWith("La ", StringComparison.Ordinal) ? $"de la {title[3..]}"
        : title.StartsWith("Le ", StringComparison.Ordinal) ? $"du {title[3..]}"
        : $"de {title}";

    private static string Count(int count, string noun) => count == 1 ? $"un seul {noun}" : $"{count} {noun}s";
}
