using System.Globalization;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Replies;

/// <summary>How dates, lists and people are written in French answers.</summary>
public static class FrenchFormat
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"mercredi 16 octobre 2019".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);

    /// <summary>"Mercredi 16 octobre 2019".</summary>
    public static string DateCapitalised(DateOnly date) => Capitalise(Date(date));

    /// <summary>"mercredi 16".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dddd d", French);

    public static string Time(TimeOnly time) => time.Minute == 0 ? $"{time.Hour}h" : $"{time.Hour}h{time.Minute:00}";

    /// <summary>Consecutive days read "du lundi 14 au mercredi 16 octobre 2019", single ones "le …".</summary>
    public static string Dates(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count == 0)
        {
            return "";
        }

        var sorted = dates.Order().ToList();
        if (sorted.Count == 1)
        {
            return $"le {Date(sorted[0])}";
        }

        var consecutive = sorted.Zip(sorted.Skip(1)).All(p => p.Second.DayNumber - p.First.DayNumber == 1);
        return consecutive
            ? $"du {ShortDate(sorted[0])} au {Date(sorted[^1])}"
            : "les " + List(sorted.Select(Date).ToList());
    }

    /// <summary>"les mardi 15, mercredi 16 et jeudi 17 octobre 2019": each day said, so that none is left to guess.</summary>
    public static string EveryDay(IReadOnlyList<DateOnly> dates) =>
        dates.Count == 1 ? Dates(dates)
        : dates.Select(d => d.Month).Distinct().Count() == 1 && dates.Select(d => d.Year).Distinct().Count() == 1
            ? $"les {List([.. dates.Order().Select(ShortDate)])} {dates[0].ToString("MMMM yyyy", French)}"
            : $"les {List([.. dates.Order().Select(Date)])}";

    /// <summary>"a", "a et b", "a, b et c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " et " + items[^1],
    };

    /// <summary>"Benoit FRYS (Consultant, spécialisé dans le marketing du textile)", with "sous réserve" when so.</summary>
    public static string Person(Speaker speaker)
    {
        var details = new[] { speaker.Role, speaker.Organisation, speaker.Status }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        return details.Count == 0 ? speaker.Name : $"{speaker.Name} ({string.Join(", ", details)})";
    }

    /// <summary>The person, then what they did there when the sources say ("Discours de clôture.").</summary>
    public static string PersonAndContribution(Speaker speaker) =>
        speaker.Contribution is null ? Person(speaker) : $"{Person(speaker)} : {speaker.Contribution.TrimEnd('.')}";

    private const string CaptionsHeading = "En images : ";

    /// <summary>"En images : a ; b" for the captions of the photos and videos the sources show.</summary>
    public static string? Captions(IEnumerable<Media> media)
    {
        var captions = media.Select(m => m.Caption).ToList();
        return captions.Count == 0 ? null : CaptionsHeading + string.Join(" ; ", captions) + ".";
    }

    /// <summary>A file size as French writes it: "1.03 Mo" → "1,03 Mo".</summary>
    public static string Size(string size) => System.Text.RegularExpressions.Regex.Replace(size, @"(\d)\.(\d)", "$1,$2");

    public static string Capitalise(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpper(text[0], French) + text[1..];

    /// <summary>Bulleted lines for plain text answers.</summary>
    public static string Bullets(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => $"• {l}"));
}
