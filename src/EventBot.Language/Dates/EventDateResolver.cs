using System.Globalization;
using System.Text.RegularExpressions;
using EventBot.Language.Text;
using EventBot.Language.Understanding;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace EventBot.Language.Dates;

/// <summary>
/// Reads the date and hour a message speaks of and chooses them against the event calendar: people
/// talk about the event week, so "mercredi" or "le 16 octobre" mean Wed 16 Oct 2019 whatever today is,
/// while "demain" or "ce soir" stay relative to the user's own clock. Token rules go first (they
/// tolerate typos and avoid the recognizer's French quirks: past/future pairs, "mercredi 16 à 10h" read
/// as an evening range); Microsoft.Recognizers.Text catches the other dates ("le 3 novembre 2019").
/// Stateless apart from the shared recognizer model, so safe for concurrent turns.
/// </summary>
public sealed partial class EventDateResolver(DateOnly weekStart, DateOnly weekEnd)
{
    private static readonly Lazy<DateTimeModel> Model =
        new(() => (DateTimeModel)new DateTimeRecognizer(Culture.French).GetDateTimeModel(), isThreadSafe: true);

    /// <summary>Loads the recognizer (≈ 0.3 s cold): call once at start-up so no user waits for it.</summary>
    public static void WarmUp() => Model.Value.Parse("mercredi 16 octobre à 10h", new DateTime(2019, 10, 15));

    public DateResolution? Resolve(string text, DateTimeOffset localNow) =>
        Resolve(text, FrenchNormaliser.Normalise(text), localNow);

    /// <param name="insideNames">
    /// Token positions that belong to a name ("demain" in "Industrie de demain"): not read as dates.
    /// </param>
    public DateResolution? Resolve(string text, NormalisedText message, DateTimeOffset localNow, IReadOnlySet<int>? insideNames = null)
    {
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var said = WithoutEmails(text);
        var time = ReadTime(said);
        var tokens = insideNames is { Count: > 0 }
            ? message.Tokens.Select((t, i) => insideNames.Contains(i) ? "" : t).ToList()
            : message.Tokens;
        if (EventRange(tokens) is { } range)
            return new DateResolution(range.Dates, time, null, range.Matched);
        if (EventDay(tokens) is { } day)
            return new DateResolution([day.Date], time, null, day.Matched);
        if (RelativeWords.Find(tokens) is { } relative)
        {
            var matched = string.Join(' ', tokens.Skip(relative.Start).Take(relative.Length));
            return new DateResolution(DatesOf(relative.Day, today), time, relative.Day, matched);
        }
        // The tokens without the names: "demain" in "Industrie de demain" gives the recognizer nothing to find.
        if (MayNameADay(said, tokens))
        {
            var named = insideNames is null ? [] : insideNames.Select(i => message.Tokens[i]).ToHashSet();
            if (FromRecognizer(said, localNow, named) is { } recognized)
                return recognized with { Time = time ?? recognized.Time };
        }
        return time is { } t ? new DateResolution([], t, null, TimeRegex().Match(said).Value.Trim()) : null;
    }

    /// <summary>
    /// Whether the recognizer could find a day here that <see cref="IsDayLike"/> keeps: that takes a digit, a weekday or
    /// a relative day word, and the recognizer's finds are whole words of the message. Most messages have none, and the
    /// recognizer is the dearest part of understanding one.
    /// </summary>
    internal static bool MayNameADay(string text, IReadOnlyList<string> tokens)
    {
        if (text.Any(char.IsDigit)) return true;
        foreach (var token in tokens)
            if (DayWordsOfRecognizer.Contains(token) || DayWords.Weekday(token) is not null) return true;
        return false;
    }

    private IReadOnlyList<DateOnly> DatesOf(RelativeDay day, DateOnly today) => day switch
    {
        RelativeDay.Tomorrow => [today.AddDays(1)],
        RelativeDay.Yesterday => [today.AddDays(-1)],
        RelativeDay.ThisWeek => WeekDays(),
        _ => [today],
    };

    private List<DateOnly> WeekDays()
    {
        var days = new List<DateOnly>();
        for (var d = weekStart; d <= weekEnd; d = d.AddDays(1)) days.Add(d);
        return days;
    }

    /// <summary>"Du lundi au vendredi", "du 14 au 18 octobre": the days of the event week from one to the other.</summary>
    private (List<DateOnly> Dates, string Matched)? EventRange(IReadOnlyList<string> tokens)
    {
        for (var from = 0; from < tokens.Count; from++)
        {
            if (tokens[from] != "du") continue;
            var to = Enumerable.Range(from + 2, Math.Max(0, Math.Min(4, tokens.Count - from - 2))).FirstOrDefault(i => tokens[i] == "au", -1);
            if (to < 0) continue;
            var end = Math.Min(tokens.Count, to + 4);
            // The month said after the end belongs to both ends ("du 14 au 18 octobre").
            var month = tokens.Skip(to).Take(end - to).FirstOrDefault(t => DayWords.Month(t) is not null);
            if (EventDay([.. tokens.Skip(from).Take(to - from), .. month is null ? [] : new[] { month }]) is not { } first
                || EventDay([.. tokens.Skip(to).Take(end - to)]) is not { } last || last.Date <= first.Date) continue;
            return ([.. WeekDays().Where(d => d >= first.Date && d <= last.Date)], string.Join(' ', tokens.Skip(from).Take(end - from)));
        }

        return null;
    }

    /// <summary>
    /// A weekday and/or a day number (with "octobre" or no month, no other year than the event's)
    /// that falls on the event week.
    /// </summary>
    private (DateOnly Date, string Matched)? EventDay(IReadOnlyList<string> tokens)
    {
        DayOfWeek? weekday = null;
        int? dayNumber = null, month = null, year = null;
        var matched = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (DayWords.Weekday(token) is { } w && weekday is null) { weekday = w; matched.Add(token); }
            else if (((token.Length >= 4 ? DayWords.Month(token) : null) ?? DayWords.MonthAbbreviation(token)) is { } m && month is null) { month = m; matched.Add(token); }
            // Invariant: the turn's culture is a new CultureInfo each turn (the adapter sets it from the activity's locale),
            // whose number format would be built again for every token.
            else if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                var previous = i > 0 ? tokens[i - 1] : "";
                var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
                if (n is >= 1900 and <= 2100) { year = n; matched.Add(token); }
                else if (n is >= 1 and <= 31 && dayNumber is null && next != "h" && next != "heures"
                         && (previous is "le" or "du" or "au" || DayWords.Weekday(previous) is not null || DayWords.Month(next) is not null
                             || DayWords.MonthAbbreviation(next) is not null))
                { dayNumber = n; matched.Add(token); }
            }
        }
        if (weekday is null && dayNumber is null) return null;
        if (month is not null && month != weekStart.Month) return null;
        if (year is not null && year != weekStart.Year) return null;
        foreach (var date in WeekDays())
        {
            if (weekday is not null && date.DayOfWeek != weekday) continue;
            if (dayNumber is not null && date.Day != dayNumber) continue;
            return (date, string.Join(' ', matched));
        }
        return null;
    }

    /// <summary>"14h", "9h45", "à 18 h 30", "14:00", "midi": read literally, no AM/PM guessing.</summary>
    private static TimeOnly? ReadTime(string text)
    {
        var lower = text.ToLowerInvariant();
        var match = TimeRegex().Match(lower);
        if (match.Success)
        {
            var hour = int.Parse(match.Groups["h"].Value);
            var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;
            return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
        }
        return Regex.IsMatch(lower, @"\bmidi\b") && !lower.Contains("après-midi") && !lower.Contains("apres-midi")
            && !lower.Contains("apres midi") && !lower.Contains("après midi")
            ? new TimeOnly(12, 0)
            : null;
    }

    /// <summary>An e-mail address is no date ("marie.16.10@…", "paul14h@…"), and its digits would wake the recognizer.</summary>
    private static string WithoutEmails(string text) => text.Contains('@') ? Email().Replace(text, " ") : text;

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?<h>\d{1,2})\s*(?:h|:|heures?)\s*(?<m>\d{2})?(?!\d)")]
    private static partial Regex TimeRegex();

    /// <summary>Other dates, as Microsoft.Recognizers.Text reads them; of a past/future pair, the event-week one, else the future one.</summary>
    internal DateResolution? FromRecognizer(string text, DateTimeOffset localNow, IReadOnlySet<string> namedWords)
    {
        foreach (var result in Model.Value.Parse(text, localNow.DateTime))
        {
            var words = FrenchNormaliser.Normalise(result.Text).Tokens;
            if (words.All(namedWords.Contains) || !IsDayLike(words, result.Text)) continue;
            if (result.Resolution?["values"] is not IEnumerable<Dictionary<string, string>> values) continue;
            var days = new List<DateOnly>();
            TimeOnly? time = null;
            foreach (var value in values)
            {
                var candidate = DaysOf(value);
                if (candidate.Count == 0) continue;
                if (days.Count == 0 || candidate.Any(d => d >= weekStart && d <= weekEnd) || candidate[0] >= DateOnly.FromDateTime(localNow.DateTime))
                {
                    days = candidate;
                    time = value.TryGetValue("value", out var v) && DateTime.TryParse(v, out var dt) && v.Contains(':')
                        ? TimeOnly.FromDateTime(dt) : null;
                }
                if (days.Any(d => d >= weekStart && d <= weekEnd)) break;
            }
            if (days.Count > 0) return new DateResolution(days, time, null, result.Text);
        }
        return null;
    }

    /// <summary>Words of relative days the recognizer reads ("après-demain", "avant-hier", "le week-end").</summary>
    private static readonly HashSet<string> DayWordsOfRecognizer = ["demain", "hier", "aujourd'hui", "semaine", "weekend", "week", "soir", "matin", "jour", "jours"];

    /// <summary>
    /// A day said as a day: a weekday, a day number with a month or in figures ("16/10"), a relative day. A bare
    /// year or month is a topic's date ("les thèmes pour 2020", "fondée en 2015"), not a day asked about, and
    /// "jour" needs a number or a relative word ("dans 2 jours", not "mise à jour").
    /// </summary>
    private static bool IsDayLike(IReadOnlyList<string> words, string text)
    {
        if (words.Any(w => DayWords.Weekday(w) is not null)) return true;
        if (NumericDateRegex().IsMatch(text)) return true;
        var hasMonth = words.Any(w => (w.Length >= 4 && DayWords.Month(w) is not null) || DayWords.MonthAbbreviation(w) is not null);
        var hasDayNumber = words.Any(w => (int.TryParse(w, out var n) && n is >= 1 and <= 31) || w == "1er");
        if (hasMonth && hasDayNumber) return true;
        var relative = words.Where(DayWordsOfRecognizer.Contains).ToList();
        if (relative.Count == 0) return false;
        // "jour(s)" alone is no day ("mise à jour"); with a number or another day word it is ("dans 2 jours", "le jour d'après").
        return relative.Any(w => w is not ("jour" or "jours")) || hasDayNumber || words.Any(w => w is "prochain" or "suivant" or "precedent" or "dernier" or "meme");
    }

    [GeneratedRegex(@"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")]
    private static partial Regex NumericDateRegex();

    /// <summary>The days one resolution value covers (ranges up to a week are listed day by day).</summary>
    private static List<DateOnly> DaysOf(Dictionary<string, string> value)
    {
        if (value.TryGetValue("value", out var single) && DateTime.TryParse(single, out var at) && value["type"] is "date" or "datetime")
            return [DateOnly.FromDateTime(at)];
        if (value.TryGetValue("start", out var s) && value.TryGetValue("end", out var e)
            && DateTime.TryParse(s, out var start) && DateTime.TryParse(e, out var end) && value["type"] is "daterange")
        {
            var days = new List<DateOnly>();
            for (var d = DateOnly.FromDateTime(start); d < DateOnly.FromDateTime(end) && days.Count < 7; d = d.AddDays(1)) days.Add(d);
            return days;
        }
        return [];
    }
}
