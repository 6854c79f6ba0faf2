using EventBot.Dialogs.Replies;
using EventBot.Domain.Reminders;

namespace EventBot.Dialogs.Rappels;

/// <summary>What the bot says about reminders in the conversation. The reminders themselves: <see cref="ReminderTexts"/>.</summary>
public static class RappelTexts
{
    public const string AskWhat =
        "De quoi voulez-vous que je vous rappelle ? Votre parcours, un atelier ou un événement de la semaine, par exemple « la soirée de clôture ».";

    public const string NotRecognised =
        "Je n'ai pas reconnu de quoi vous rappeler. Dites par exemple « rappelle-moi mon parcours » ou « rappelle-moi la soirée de clôture ».";

    public const string NotSignedUp =
        "Vous n'êtes inscrit(e) à aucun parcours, je ne peux donc pas vous le rappeler. Voulez-vous vous inscrire ?";

    public const string SignUpSuggestion = "Je veux m'inscrire";

    public static string Waiting(string parcours) =>
        $"Vous êtes sur la liste d'attente du parcours {parcours} : si une place se libère, je vous enverrai un rappel avant le parcours.";

    public const string Stopped =
        "C'est noté : je ne vous enverrai plus de rappels. Les annonces des organisateurs (un changement de salle, par exemple) " +
        "pourront encore vous parvenir. Dites « reprendre les rappels » si vous changez d'avis.";

    public const string Resumed = "C'est noté : vos rappels reprennent.";

    public const string Removed = "C'est fait : je ne vous enverrai pas ce rappel. Vos autres rappels restent prévus.";

    public const string NothingToRemove = "Je n'ai pas de rappel prévu pour cela : il n'y a rien à supprimer.";

    public const string RemoveWhich = "Quel rappel voulez-vous supprimer ? Dites par exemple « supprime le rappel du parcours Emergence ».";

    public const string ResumedAlong = "Vos rappels, que vous aviez arrêtés, reprennent.";

    public const string None =
        "Vous n'avez aucun rappel prévu. Dites par exemple « rappelle-moi la soirée de clôture ».";

    public const string ListHeading = "Vos rappels :";

    public const string StoppedNote = "Vous avez arrêté les rappels : je n'en enverrai aucun tant que vous ne dites pas « reprendre les rappels ».";

    public const string AlreadySent = "Je vous ai déjà envoyé ce rappel.";

    /// <summary>The reminder is set; when the hour is unknown, it says so and when the reminder goes instead.</summary>
    public static string Set(ReminderTime time, TimeSpan? askedLead, TimeSpan lead)
    {
        if (time.Start is not null)
        {
            return $"C'est noté : je vous rappellerai {time.Title} {Due(time)}, {Duration(lead)} avant le début.";
        }

        var text = $"Je n'ai pas l'heure exacte {ReminderTexts.Of(time.Title)} ; je vous le rappellerai la veille, {Due(time)}.";
        return askedLead is { } asked
            ? text + $" Si l'heure est publiée d'ici là, je vous préviendrai {Duration(asked)} avant."
            : text;
    }

    /// <summary>Said after a confirmed sign-up: the reminder it brings.</summary>
    public static string Automatic(ReminderTime time, TimeSpan lead) =>
        (time.Start is null
            ? $"Je n'ai pas l'heure exacte du parcours ; je vous enverrai un rappel la veille, {Due(time)}."
            : $"Je vous enverrai un rappel {Duration(lead)} avant le début, {Due(time)}.") +
        " Dites « stop rappels » si vous n'en voulez pas.";

    /// <summary>Too late to remind: it has begun, is over, or (without an hour) is today.</summary>
    public static string TooLate(ReminderTime time, DateTimeOffset now)
    {
        if (now >= time.ExpiresAt)
        {
            return FrenchFormat.Capitalise($"{time.Title} : c'est déjà passé, je ne peux plus vous le rappeler.");
        }

        return time.Start is { } start
            ? FrenchFormat.Capitalise($"{time.Title} commence {ReminderTexts.When(time.Day, now)} à {ReminderTexts.Hour(start)} : c'est trop proche pour un rappel à l'avance.")
            : FrenchFormat.Capitalise($"{time.Title} a lieu {ReminderTexts.When(time.Day, now)} ; je n'en ai pas l'heure exacte, je ne peux donc pas vous le rappeler à l'avance.");
    }

    /// <summary>One line of "mes rappels".</summary>
    public static string Line(ReminderTime time) =>
        time.Start is null
            ? $"{FrenchFormat.Capitalise(time.Title)} : la veille, {Due(time)} (heure exacte inconnue)"
            : $"{FrenchFormat.Capitalise(time.Title)} : {Due(time)}";

    /// <summary>"le mardi 15 octobre à 18h": a date, not "demain", so the person can check it later.</summary>
    private static string Due(ReminderTime time) =>
        $"le {ReminderTexts.Date(ReminderTime.DayOf(time.DueAt))} à {ReminderTexts.Hour(time.DueAt)}";

    /// <summary>"30 minutes", "1 heure", "1 heure 30", "2 heures".</summary>
    public static string Duration(TimeSpan lead)
    {
        var hours = (int)lead.TotalHours;
        var minutes = lead.Minutes;
        return (hours, minutes) switch
        {
            (0, var m) => $"{m} minutes",
            (1, 0) => "1 heure",
            (var h, 0) => $"{h} heures",
            (1, var m) => $"1 heure {m:00}",
            (var h, var m) => $"{h} heures {m:00}",
        };
    }
}
