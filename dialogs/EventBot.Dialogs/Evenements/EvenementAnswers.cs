using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Evenements;

/// <summary>Answers about one event of the week, the week itself, who organised it, an organisation, the PAQTE.</summary>
public sealed class EvenementAnswers(EventData data)
{
    public Reply Describe(WeekEvent e)
    {
        var place = data.Places.FirstOrDefault(p => p.Id == e.PlaceId);
        var placeText = place is null ? null : place.City is null ? place.Name : $"{place.Name} ({place.City})";
        var organisers = FrenchFormat.List(e.OrganiserIds.Select(OrganisationName).ToList());
        var lines = new List<string> { $"{e.Title} : {e.Summary}", EvenementTexts.EventWhen(FrenchFormat.Dates(e.Dates)) };
        if (placeText is not null)
        {
            lines.Add(EvenementTexts.EventWhere(placeText));
        }

        if (organisers.Length > 0)
        {
            lines.Add(EvenementTexts.EventBy(organisers));
        }

        if (e.Themes.Count > 0)
        {
            lines.Add($"{EvenementTexts.Themes} : {FrenchFormat.List(e.Themes)}.");
        }

        if (e.ParticipantCount is { } participants && !e.Facts.Any(f => f.Contains(participants.ToString(FrenchFormat.French), StringComparison.Ordinal)))
        {
            lines.Add(EvenementTexts.Participants(participants));
        }

        lines.AddRange(e.Facts.Select(f => $"• {f}"));
        if (e.Speakers.Count > 0)
        {
            lines.Add($"{EvenementTexts.Speakers} : " + FrenchFormat.List(e.Speakers.Select(FrenchFormat.PersonAndContribution).ToList()));
        }

        if (FrenchFormat.Captions(data.Media.Where(m => m.EventId == e.Id && m.ParcoursId is null)) is { } captions)
        {
            lines.Add(captions);
        }

        if (e.Url is not null)
        {
            lines.Add(e.Url);
        }

        var text = string.Join("\n", lines);
        var card = new InfoCard(e.Title).Subtitle(FrenchFormat.Capitalise(FrenchFormat.Dates(e.Dates))).Body(e.Summary)
            .Fact(EvenementTexts.Where, placeText)
            .Fact(EvenementTexts.By, organisers)
            .Fact(EvenementTexts.When, e.StartTime is { } t ? FrenchFormat.Time(t) : null)
            .Fact(EvenementTexts.Themes, FrenchFormat.List(e.Themes))
            .Fact(EvenementTexts.ParticipantsLabel, e.ParticipantCount?.ToString(FrenchFormat.French));
        foreach (var fact in e.Facts)
        {
            card.Item(fact);
        }

        foreach (var s in e.Speakers)
        {
            card.Item(s.Name, string.Join(", ", new[] { s.Role, s.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x))));
        }

        card.OpenUrl(EvenementTexts.Link, e.Url);
        var suggestions = data.Parcours.Any(p => p.EventId == e.Id) ? new[] { Main.MainTexts.AskParcours } : new[] { EvenementTexts.SeeProgramme };
        return new Reply(text, card.Build(text), suggestions);
    }

    public Reply Week()
    {
        var organisers = FrenchFormat.List(data.Week.OrganiserIds.Select(OrganisationName).ToList());
        var text = $"{data.Week.Name} : {data.Week.Summary}\n" +
                   (data.Week.Facts.Count > 0 ? FrenchFormat.Bullets(data.Week.Facts) + "\n" : "") +
                   $"{EvenementTexts.EventWhen(FrenchFormat.Dates([data.Week.StartDate, data.Week.EndDate]))}\n" +
                   EvenementTexts.EventBy(organisers);
        var card = new InfoCard(data.Week.Name).Subtitle(FrenchFormat.Capitalise(FrenchFormat.Dates([data.Week.StartDate, data.Week.EndDate])))
            .Body(data.Week.Summary).Fact(EvenementTexts.By, organisers).Ask(EvenementTexts.SeeProgramme, Main.MainTexts.AskWeek);
        return new Reply(text, card.Build(text), [EvenementTexts.SeeProgramme, Main.MainTexts.AskParcours]);
    }

    public Reply Organisers()
    {
        var organisers = FrenchFormat.List(data.Week.OrganiserIds.Select(OrganisationName).ToList());
        var partners = FrenchFormat.List(data.Week.PartnerIds.Select(OrganisationName).ToList());
        var text = EvenementTexts.Organisers(data.Week.Name, organisers);
        if (partners.Length > 0)
        {
            text += "\n" + EvenementTexts.PartnersLine(partners);
        }

        var card = new InfoCard(EvenementTexts.OrganisersTitle).Body(EvenementTexts.Organisers(data.Week.Name, organisers))
            .Fact(EvenementTexts.Partners, partners);
        return new Reply(text, card.Build(text));
    }

    public Reply DescribeOrganisation(Organisation organisation)
    {
        var roles = data.Events.Where(e => e.OrganiserIds.Contains(organisation.Id)).Select(e => e.Title).ToList();
        var text = organisation.Description is null ? organisation.Name : $"{organisation.Name} : {organisation.Description}";
        if (data.Week.OrganiserIds.Contains(organisation.Id))
        {
            text += "\n" + EvenementTexts.CoOrganiser(data.Week.Name);
        }

        if (roles.Count > 0)
        {
            text += "\n" + EvenementTexts.Carries(FrenchFormat.List(roles));
        }

        return new Reply(text);
    }

    public Reply Paqte()
    {
        var paqte = data.Paqte;
        var evt = data.Events.FirstOrDefault(e => e.Id == paqte.EventId);
        var text = $"{EvenementTexts.PaqteHeading(paqte.Name, evt?.Title ?? "", evt is null ? "" : FrenchFormat.Dates(evt.Dates))} {paqte.Summary}\n{EvenementTexts.Axes(paqte.Axes.Count)}\n" +
                   FrenchFormat.Bullets(paqte.Axes.Select(a => $"{a.Verb} : {a.Description}"));
        if (evt is not null)
        {
            var signing = data.Media.Where(m => m.EventId == evt.Id &&
                new[] { paqte.Name }.Concat(paqte.Aliases).Any(n => m.Caption.Contains(n, StringComparison.OrdinalIgnoreCase)));
            if (FrenchFormat.Captions(signing) is { } captions)
            {
                text += "\n" + captions;
            }

            text += $"\n{evt.Title} : {evt.Summary}";
        }

        var card = new InfoCard(paqte.Name).Subtitle(evt is null ? null : $"{evt.Title}, {FrenchFormat.Dates(evt.Dates)}").Body(paqte.Summary);
        foreach (var axis in paqte.Axes)
        {
            card.Item(FrenchFormat.Capitalise(axis.Verb), body: axis.Description);
        }

        return new Reply(text, card.Build(text));
    }

    private string OrganisationName(string id) => data.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id;
}
