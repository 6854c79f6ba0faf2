using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Programme;

/// <summary>"Programme de jeudi", "et aujourd'hui ?", "et après ?", "quand a lieu le World Forum ?".</summary>
public sealed class ProgrammeDialog(Func<EventData> data) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "programme";

    protected override Outcome? Answer(Question question, EventLookup lookup)
    {
        var answers = new ProgrammeAnswers(lookup.Data);
        var u = question.Understanding;
        var date = u.Date;
        switch (question.Intent)
        {
            case Intent.Quand:
                return When(question, lookup, answers);
            case Intent.Next:
                return Next(question, answers);
            case Intent.Now:
                return Shown(question, answers.Now(question.LocalNow, date?.Relative ?? RelativeDay.Today), Today(question));
        }

        if (date?.Relative is RelativeDay.Now or RelativeDay.Tonight or RelativeDay.Today)
        {
            return Shown(question, answers.Now(question.LocalNow, date.Relative), Today(question));
        }

        if (date?.Relative is RelativeDay.Next or RelativeDay.DayBefore)
        {
            return Next(question, answers);
        }

        // "Pourquoi cette semaine ?" asks what it is for, not what is on.
        if (date?.Relative is RelativeDay.ThisWeek && question.Understanding.Normalised.Split(' ').Contains("pourquoi"))
        {
            return new Evenements.EvenementAnswers(lookup.Data).Week();
        }

        if (date is { Dates.Count: > 0 })
        {
            return Shown(question, answers.Days(date.Dates), date.Dates.Count == 1 ? date.Dates[0] : null);
        }

        // "Le programme du World Forum" names an event, not a day.
        if (Best(question, EntityKind.WeekEvent) is [var evt] && lookup.Event(evt.Id) is { } e)
        {
            return new Evenements.EvenementAnswers(lookup.Data).Describe(e);
        }

        return answers.Week();
    }

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup) =>
        lookup.Event(id) is { } e ? new ProgrammeAnswers(lookup.Data).When(e) : new ProgrammeAnswers(lookup.Data).WhenWeek();

    private static Outcome? When(Question question, EventLookup lookup, ProgrammeAnswers answers)
    {
        if (Best(question, EntityKind.WeekEvent) is [var evt] && lookup.Event(evt.Id) is { } e)
        {
            return answers.When(e);
        }

        // A session whose hour the organisers gave (the sources give none) is answered with it.
        if (Best(question, EntityKind.Session) is [var only] && lookup.Session(only.Id) is { StartTime: not null } session &&
            lookup.ParcoursOfSession(only.Id)?.EventId is { } sessionEventId && lookup.Event(sessionEventId) is { } sessionEvent)
        {
            return answers.When(session, sessionEvent);
        }

        // A parcours or a session happens during the event that hosts it.
        var host = Best(question, EntityKind.Parcours).Select(m => lookup.Parcours(m.Id)?.EventId)
            .Concat(Best(question, EntityKind.Session).Select(m => lookup.ParcoursOfSession(m.Id)?.EventId))
            .OfType<string>().Distinct().ToList();
        if (host is [var hostId] && lookup.Event(hostId) is { } hostEvent)
        {
            // A parcours's own description may say more ("sur toute la journée").
            var about = Best(question, EntityKind.Parcours) is [var p] && lookup.Parcours(p.Id) is { } parcours
                ? $"\n{Parcours.ParcoursTexts.Heading(parcours.Name)} : {parcours.Summary}"
                : "";
            var when = answers.When(hostEvent);
            return when with { Text = when.Text + about };
        }

        var several = Best(question, EntityKind.WeekEvent);
        if (several.Count > 1)
        {
            return Clarify(Main.MainTexts.Which(EntityKind.WeekEvent), several.Select(m => (EntityKind.WeekEvent, m.Id)), lookup);
        }

        // "Fashion Green Hub a été fondée quand ?" names something that is not an event: its own answer says.
        if (question.Understanding.Entities.Any(e => e.Kind is not EntityKind.Week))
        {
            return null;
        }

        return answers.WhenWeek();
    }

    private static Outcome Next(Question question, ProgrammeAnswers answers)
    {
        var step = question.Understanding.Date?.Relative == RelativeDay.DayBefore ? -1 : 1;
        var shown = question.Memory.LastDay is { } last ? last.AddDays(step) : Today(question);
        return Shown(question, answers.Next(question.LocalNow, question.Memory.LastDay, step), shown);
    }

    /// <summary>Remembers the day shown, so that "et après ?" means the day after it.</summary>
    private static Outcome Shown(Question question, Reply reply, DateOnly? day)
    {
        if (day is not null)
        {
            question.Memory.LastDay = day;
        }

        return reply;
    }

    private static DateOnly Today(Question question) => DateOnly.FromDateTime(question.LocalNow.DateTime);
}
