using System.Globalization;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Language.Search;

/// <summary>
/// Writes every thing of the event data as a passage of plain French text, so the search answers from
/// the data itself and follows it when the seeds change.
/// </summary>
internal static class PassageBuilder
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IReadOnlyList<Passage> Build(EventData data)
    {
        var passages = new List<Passage>
        {
            new(EntityKind.Week, "week", data.Week.Name, Join(data.Week.Summary, Days([data.Week.StartDate, data.Week.EndDate]), Join(data.Week.Aliases))),
            new(EntityKind.Paqte, "paqte", data.Paqte.Name,
                Join(data.Paqte.Summary, Join(data.Paqte.Aliases), Join(data.Paqte.Axes.Select(a => a.Verb + " : " + a.Description)))),
        };
        passages.AddRange(data.Events.Select(e => new Passage(EntityKind.WeekEvent, e.Id, e.Title,
            Join(e.Summary, e.Kind, Days(e.Dates), Join(e.Aliases), Join(e.Facts), Speakers(e.Speakers)))));
        foreach (var p in data.Parcours)
        {
            passages.Add(new Passage(EntityKind.Parcours, p.Id, "Parcours " + p.Name,
                Join(p.Summary, p.Audience, Join(p.Aliases), Join(p.Themes))));
            passages.AddRange(p.Sessions.Select(s => new Passage(EntityKind.Session, s.Id, s.Title,
                Join(s.Kind.Replace('-', ' '), "parcours " + p.Name, Join(s.Aliases), Join(s.Questions), Speakers(s.Speakers)))));
        }
        passages.AddRange(data.Places.Select(p => new Passage(EntityKind.Place, p.Id, p.Name, Join(p.Description, p.City, Join(p.Aliases)))));
        passages.AddRange(data.Resources.Select(r => new Passage(EntityKind.Resource, r.Id, r.Title, Join(r.Description, r.Kind, Join(r.Aliases)))));
        passages.AddRange(data.Fiches.Select(f => new Passage(EntityKind.Fiche, f.Id, f.Name, Join(f.Summary, Join(f.Aliases), Join(f.Facts)))));
        passages.AddRange(data.Links.Select(l => new Passage(EntityKind.Link, l.Id, l.Title, Join(l.Description, Join(l.Aliases)))));
        passages.AddRange(data.Organisations.Select(o => new Passage(EntityKind.Organisation, o.Id, o.Name, Join(o.Description, Join(o.Aliases)))));
        return passages;
    }

    private static string Speakers(IEnumerable<Speaker> speakers) =>
        Join(speakers.Select(s => Join(s.Name, s.Role, s.Organisation)));

    /// <summary>"mercredi 16 octobre 2019": lets "que se passe-t-il mercredi" reach the day's events.</summary>
    private static string Days(IEnumerable<DateOnly> days) =>
        Join(days.Select(d => d.ToString("dddd d MMMM yyyy", French)));

    private static string Join(params string?[] parts) =>
        string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Join(IEnumerable<string> parts) => Join(parts.ToArray());
}
