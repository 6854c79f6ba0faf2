using System.Text.Json.Nodes;
using EventBot.Domain.Seeds;
using static EventBot.Domain.Tests.SeedMutations;

namespace EventBot.Domain.Tests;

/// <summary>A broken seed must stop the bot with a message an organiser can act on: file, where, and what.</summary>
public sealed class BrokenSeedTests
{
    private sealed record BrokenCase(Func<string> Json, params string[] Expected);

    private static readonly Dictionary<string, BrokenCase> Cases = new()
    {
        ["malformed JSON"] = new(
            () => RepoFiles.SeedJson.Replace("\"week\": {", "\"week\": {,"),
            "line 3,", "$.week", "','"),
        ["duplicate JSON property"] = new(
            () => RepoFiles.SeedJson.Replace("\"startDate\": \"2019-10-14\",", "\"startDate\": \"2019-10-14\", \"startDate\": \"2019-10-15\","),
            "line ", "$.week.startDate", "property \"startDate\" appears twice in Week"),
        ["missing required property"] = new(
            () => Apply(root => Session(root, 2, 0).Remove("title")),
            "line ", "$.parcours[2].sessions[0]", "missing required property \"title\""),
        ["unknown property"] = new(
            () => Apply(root => root["week"]!["room"] = "Salle A"),
            "line ", "$.week.room", "unknown property \"room\""),
        ["unknown root property"] = new(
            () => Apply(root => root["version"] = 2),
            "line ", "$.version", "unknown property \"version\""),
        ["null required text"] = new(
            () => Apply(root => root["week"]!["name"] = null),
            "line ", "$.week.name", "cannot be null"),
        ["unreadable date"] = new(
            () => Apply(root => root["events"]![0]!["dates"]![0] = "14/10/2019"),
            "line ", "$.events[0].dates[0]", "not a date written \"yyyy-MM-dd\""),
        ["text instead of a list"] = new(
            () => Apply(root => root["events"]![2]!["dates"] = "2019-10-16"),
            "line ", "$.events[2].dates", "not a list"),
        ["unreadable time"] = new(
            () => Apply(root => Session(root, 0, 0)["startTime"] = "9h30"),
            "line ", "$.parcours[0].sessions[0].startTime", "\"HH:mm\""),
        ["duplicate id"] = new(
            () => Apply(root => root["places"]![2]!["id"] = "la-chaufferie"),
            "$.places[2].id", "duplicate id \"la-chaufferie\" (already used at $.places[1].id)"),
        ["id not kebab-case"] = new(
            () => Apply(root => root["links"]![0]!["id"] = "Webdoc"),
            "$.links[0].id", "lowercase kebab-case"),
        ["dangling place"] = new(
            () => Apply(root => Session(root, 1, 0)["placeId"] = "nowhere"),
            "$.parcours[1].sessions[0].placeId", "unknown place \"nowhere\""),
        ["dangling organiser"] = new(
            () => Apply(root => root["week"]!["organiserIds"]![0] = "metropole"),
            "$.week.organiserIds[0]", "unknown organisation \"metropole\""),
        ["dangling PAQTE event"] = new(
            () => Apply(root => root["paqte"]!["eventId"] = "gala"),
            "$.paqte.eventId", "unknown event \"gala\""),
        ["date outside the week"] = new(
            () => Apply(root => root["events"]![0]!["dates"]![0] = "2019-10-21"),
            "$.events[0].dates[0]", "2019-10-21 is outside the week"),
        ["unknown session kind"] = new(
            () => Apply(root => Session(root, 0, 0)["kind"] = "conference"),
            "$.parcours[0].sessions[0].kind", "unknown session kind \"conference\""),
        ["end before start"] = new(
            () => Apply(root =>
            {
                Session(root, 0, 0)["startTime"] = "10:00";
                Session(root, 0, 0)["endTime"] = "09:30";
            }),
            "$.parcours[0].sessions[0].endTime", "not after its start"),
        ["relative URL"] = new(
            () => Apply(root => root["links"]![0]!["url"] = "irev.fr/webdoc"),
            "$.links[0].url", "not an absolute http(s) URL"),
        ["size written differently"] = new(
            () => Apply(root => root["resources"]![0]!["size"] = "1,03 Mo"),
            "$.resources[0].size", "\"1,03 Mo\""),
        ["empty title"] = new(
            () => Apply(root => root["events"]![1]!["title"] = "  "),
            "$.events[1].title", "must not be empty"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_broken_seed_file_is_refused_with_file_place_and_problem(string caseName)
    {
        var brokenCase = Cases[caseName];
        var path = WriteTemporarySeed(brokenCase.Json());

        var error = Assert.Throws<EventDataException>(() => EventDataLoader.Load(path));

        Assert.StartsWith(path, error.Message);
        Assert.All(brokenCase.Expected, fragment => Assert.Contains(fragment, error.Message));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var json = Apply(root =>
        {
            Session(root, 1, 0)["placeId"] = "nowhere";
            root["resources"]![0]!["size"] = "big";
            root["media"]![0]!["eventId"] = "gala";
        });

        var error = Assert.Throws<EventDataException>(() => EventDataLoader.Parse(json, "upload.json"));

        Assert.Equal(
            ["$.parcours[1].sessions[0].placeId", "$.resources[0].size", "$.media[0].eventId"],
            error.Problems.Select(p => p.Path));
        Assert.Contains("upload.json: 3 problems", error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder", "event.json");

        var error = Assert.Throws<EventDataException>(() => EventDataLoader.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("cannot read the file", error.Message);
    }

    [Fact]
    public void A_null_document_is_refused() =>
        Assert.Contains("not null", Assert.Throws<EventDataException>(() => EventDataLoader.Parse("null", "x.json")).Message);

    [Fact]
    public void The_schema_hint_is_accepted_and_ignored() =>
        Assert.NotNull(EventDataLoader.Parse(Apply(root => root["$schema"] = "https://example.org/other.json"), "x.json"));
}
