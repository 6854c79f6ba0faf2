using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Ressource;

/// <summary>Answers about documents to download, fiches expérience and web links.</summary>
public sealed class RessourceAnswers(EventData data)
{
    public Reply Describe(Resource resource)
    {
        var text = $"{resource.Title} : {resource.Description}\n" +
                   (resource.Url is null ? RessourceTexts.NoLink : RessourceTexts.Line(RessourceTexts.Download, resource.Size, resource.Url));
        var card = new InfoCard(resource.Title).Body(resource.Description)
            .Fact(RessourceTexts.Size, resource.Size)
            .Fact(RessourceTexts.Parcours, data.Parcours.FirstOrDefault(p => p.Id == resource.ParcoursId)?.Name)
            .OpenUrl(RessourceTexts.Download, resource.Url);
        return new Reply(text, card.Build(text));
    }

    public Reply List(IReadOnlyList<Resource>? only = null, string? heading = null)
    {
        var resources = only ?? data.Resources;
        var text = (heading ?? RessourceTexts.List(resources.Count)) + "\n" +
                   FrenchFormat.Bullets(resources.Select(r => RessourceTexts.Line(r.Title, r.Size, r.Url)));
        var card = new InfoCard(RessourceTexts.ListTitle);
        foreach (var r in resources)
        {
            card.Item(r.Title, r.Size, r.Description, r.Title);
        }

        return new Reply(text, card.Build(text));
    }

    public Reply OfParcours(Domain.Model.Parcours parcours)
    {
        var resources = data.Resources.Where(r => r.ParcoursId == parcours.Id).ToList();
        return resources.Count == 0
            ? $"{RessourceTexts.OfParcours(parcours.Name)} {RessourceTexts.NoResourceForParcours}"
            : List(resources, RessourceTexts.OfParcours(parcours.Name));
    }

    public Reply DescribeFiche(Fiche fiche)
    {
        var resource = data.Resources.FirstOrDefault(r => r.Id == fiche.ResourceId);
        var parcours = data.Parcours.FirstOrDefault(p => p.Id == fiche.ParcoursId);
        var lines = new List<string> { $"{Main.MainTexts.FicheTitle(fiche.Name)} : {fiche.Summary}" };
        lines.AddRange(fiche.Facts.Select(f => $"• {f}"));
        lines.AddRange(fiche.People.Select(p => $"• {FrenchFormat.Person(p)}"));
        if (parcours is not null)
        {
            lines.Add($"{RessourceTexts.Parcours} : {parcours.Name}");
        }

        if (resource is not null)
        {
            lines.Add(RessourceTexts.Line(RessourceTexts.Download, resource.Size, resource.Url));
        }

        var text = string.Join("\n", lines);
        var card = new InfoCard(fiche.Name).Subtitle(RessourceTexts.FichesTitle).Body(fiche.Summary)
            .Fact(RessourceTexts.Parcours, parcours?.Name)
            .Fact(RessourceTexts.Size, resource?.Size);
        foreach (var fact in fiche.Facts)
        {
            card.Item(fact);
        }

        card.OpenUrl(RessourceTexts.Download, resource?.Url);
        return new Reply(text, card.Build(text));
    }

    public Reply Fiches()
    {
        var text = RessourceTexts.Fiches(data.Fiches.Count) + "\n" + FrenchFormat.Bullets(data.Fiches.Select(f => $"{f.Name} : {f.Summary}"));
        var card = new InfoCard(RessourceTexts.FichesTitle);
        foreach (var f in data.Fiches)
        {
            card.Item(f.Name, data.Parcours.FirstOrDefault(p => p.Id == f.ParcoursId)?.Name, f.Summary, Main.MainTexts.FicheTitle(f.Name));
        }

        return new Reply(text, card.Build(text), data.Fiches.Select(f => Main.MainTexts.FicheTitle(f.Name)).ToList());
    }

    public Reply DescribeLink(Link link)
    {
        var text = $"{link.Title} : {link.Description}\n{link.Url}";
        return new Reply(text, new InfoCard(link.Title).Body(link.Description).OpenUrl(RessourceTexts.Open, link.Url).Build(text));
    }

    public Reply Links()
    {
        var text = RessourceTexts.Links(data.Links.Count) + "\n" + FrenchFormat.Bullets(data.Links.Select(l => $"{l.Title} : {l.Url}"));
        var card = new InfoCard(RessourceTexts.LinksTitle);
        foreach (var l in data.Links)
        {
            card.Item(l.Title, body: l.Description, query: l.Title);
        }

        return new Reply(text, card.Build(text));
    }
}
