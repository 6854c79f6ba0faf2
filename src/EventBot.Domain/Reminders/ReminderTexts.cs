using System.Globalization;
using EventBot.Domain.Model;

namespace EventBot.Domain.Reminders;

/// <summary>The French texts of the reminders the bot sends, in one place for the organisers to review.</summary>
public static class ReminderTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string LatePrefix = "Avec nos excuses pour ce rappel tardif : ";

    public const string NoHour = "Je n'en ai pas l'heure exacte.";

    public const string OrganiserNote = "Message des organisateurs : ";

    public static string SessionTitle(Session session, Parcours parcours) =>
        $"{KindName(session.Kind)} « {session.Title} » (parcours {parcours.Name})";

    public static string ParcoursTitle(Parcours parcours, WeekEvent weekEvent) => $"le parcours {parcours.Name} du {weekEvent.Title}";

    /// <summary>"de" before a title, contracted as French wants: "du parcours …", "du plateau radio …", "de l'atelier …".</summary>
    public static string Of(string title) =>
        title.StartsWith("le ", StringComparison.Ordinal) ? "du " + title[3..]
        : title.StartsWith("les ", StringComparison.Ordinal) ? "des " + title[4..]
        : "de " + title;

    public static string EventTitle(WeekEvent weekEvent) => $"« {weekEvent.Title} »";

    /// <summary>"mercredi 16 octobre".</summary>
    public static string Date(DateOnly day) => day.ToString("dddd d MMMM", French);

    /// <summary>"18h", "14h30", as the bot's other answers write hours.</summary>
    public static string Hour(TimeOnly time) => time.Minute == 0 ? $"{time.Hour}h" : $"{time.Hour}h{time.Minute:00}";

    public static string Hour(DateTimeOffset instant) => Hour(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ReminderTime.EventTimeZone).DateTime));

    /// <summary>"aujourd'hui", "demain" or "le mercredi 16 octobre", seen from <paramref name="now"/>.</summary>
    public static string When(DateOnly day, DateTimeOffset now)
    {
        var today = ReminderTime.DayOf(now);
        return (day.DayNumber - today.DayNumber) switch
        {
            0 => "aujourd'hui",
            1 => "demain",
            _ => $"le {Date(day)}",
        };
    }

    /// <summary>The reminder itself, as sent at <paramref name="now"/>.</summary>
    public static string Message(ReminderTime time, DateTimeOffset now, bool late, string? note)
    {
        var where = time.Place is null ? "" : $" (lieu : {time.Place})";
        var text = time.Start is { } start
            ? $"Rappel : {time.Title} commence {When(time.Day, now)} à {Hour(start)}{where}."
            : $"Rappel : {time.Title} a lieu {When(time.Day, now)}{where}. {NoHour}";
        if (!string.IsNullOrWhiteSpace(note))
        {
            text += $"\n{OrganiserNote}{note.Trim()}";
        }

        return late ? LatePrefix + char.ToLower(text[0], French) + text[1..] : text;
    }

    private static string KindName(string kind) => kind switch
    {
        SessionKinds.Visite => "la visite",
        SessionKinds.TableRonde => "la table ronde",
        SessionKinds.PlateauRadio => "le plateau radio",
        SessionKinds.Decouverte => "la découverte",
        SessionKinds.AtelierConference => "l'atelier-conférence",
        SessionKinds.AtelierCoConstruction => "l'atelier de co-construction",
        _ => "l'atelier",
    };
}
