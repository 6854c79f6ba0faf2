using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventBot.Domain.Model;
using EventBot.Domain.Seeds;

namespace EventBot.Domain.Tests;

/// <summary>What the seed claims to quote from the IREV pages must be found there word for word.</summary>
public sealed partial class FaithfulnessTests
{
    private static readonly EventData Data = EventDataLoader.Load(RepoFiles.SeedPath);

    public static TheoryData<string, string> QuotedValues()
    {
        var speakers = Data.Events.SelectMany(e => e.Speakers)
            .Concat(Data.Parcours.SelectMany(p => p.Sessions).SelectMany(s => s.Speakers))
            .Concat(Data.Fiches.SelectMany(f => f.People))
            .ToList();
        var sessions = Data.Parcours.SelectMany(p => p.Sessions).ToList();

        var quoted = new List<(string, string?)>();
        quoted.AddRange(speakers.Select(s => ("speaker name", (string?)s.Name)));
        quoted.AddRange(speakers.Select(s => ("speaker role", s.Role)));
        quoted.AddRange(speakers.Select(s => ("speaker organisation", s.Organisation)));
        quoted.AddRange(sessions.Select(s => ("session title", (string?)s.Title)));
        quoted.AddRange(sessions.SelectMany(s => s.Questions).Select(q => ("session question", (string?)q)));
        quoted.AddRange(Data.Resources.Select(r => ("resource title", (string?)r.Title)));
        quoted.AddRange(Data.Resources.Select(r => ("resource size", r.Size)));
        quoted.AddRange(Data.Resources.Select(r => ("resource url", r.Url)));
        quoted.AddRange(Data.Links.Select(l => ("link title", (string?)l.Title)));
        quoted.AddRange(Data.Links.Select(l => ("link url", (string?)l.Url)));
        quoted.AddRange(Data.Events.Select(e => ("event url", e.Url)));
        quoted.AddRange(Data.Sources.Select(s => ("source url", (string?)s.Url)));
        quoted.AddRange(Data.Sources.Select(s => ("source date", (string?)s.LastModified)));
        quoted.AddRange(Data.Media.Select(m => ("media caption", (string?)m.Caption)));
        quoted.AddRange(Data.Events.SelectMany(e => e.Themes).Select(t => ("event theme", (string?)t)));

        var data = new TheoryData<string, string>();
        foreach (var (what, value) in quoted.Where(q => q.Item2 is not null).Distinct())
        {
            data.Add(what, value!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuotedValues))]
    public void Quoted_values_appear_verbatim_in_the_sources(string what, string value) =>
        Assert.True(RepoFiles.Sources.Contains(RepoFiles.Normalise(value), StringComparison.Ordinal),
            $"{what} \"{value}\" is not in the source pages");

    [Fact]
    public void Every_link_of_the_sources_is_used_except_the_bookmark_button()
    {
        var used = QuotedValues().Select(row => (string)row[1]).ToHashSet();
        var sourceUrls = SourceUrl().Matches(RepoFiles.Sources).Select(m => m.Value)
            .Where(url => !url.Contains("javascript") && !url.Contains('\\')) // the bookmark button; the markdown-escaped label of [1]
            .Distinct();

        // The week page is linked both with and without "www.": one Sources entry covers both.
        Assert.All(sourceUrls, url => Assert.Contains(used, u => u == url || u == url.Replace("://irev.fr", "://www.irev.fr")));
    }

    [Fact]
    public void The_seed_gives_no_hour_room_or_address_since_the_sources_give_none()
    {
        var root = JsonNode.Parse(RepoFiles.SeedJson)!.AsObject();
        root.Remove("sources"); // the pages' own "modifié le … - 16:36" is publication metadata, not an event hour

        var text = root.ToJsonString();
        Assert.DoesNotMatch(ForbiddenProperty(), text);
        Assert.DoesNotMatch(Hour(), text);
    }

    [GeneratedRegex(@"https?://[^\s\]\)>""]+")]
    private static partial Regex SourceUrl();

    [GeneratedRegex(@"""(startTime|endTime|room|address)""\s*:")]
    private static partial Regex ForbiddenProperty();

    [GeneratedRegex(@"\b\d{1,2}\s*(:|h)\s*\d{2}\b")]
    private static partial Regex Hour();
}
