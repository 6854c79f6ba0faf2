using System.Text.Json.Nodes;
using EventBot.Domain.Model;
using EventBot.Domain.Seeds;
using EventBot.Domain.Store;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Tests;

/// <summary>What the dialogs work out once per data snapshot follows the organisers' live updates.</summary>
public class SnapshotTests
{
    [Fact]
    public async Task Advice_follows_a_parcours_audience_changed_live()
    {
        var store = new EventDataStore(Seeds(_ => { }));
        var bot = new BotHarness(data: store);
        Assert.DoesNotContain("Je vous conseille", BotHarness.TextOf(await bot.AskAsync("je suis boulanger, quel parcours ?")));

        store.Replace(Seeds(json => json["parcours"]!.AsArray().Single(p => (string?)p!["id"] == "emergence")!["audience"] =
            "Boulangers, ce parcours est fait pour vous !"));

        Assert.Contains("Je vous conseille le parcours Emergence", BotHarness.TextOf(await bot.AskAsync("je suis boulanger, quel parcours ?")));
    }

    [Fact]
    public async Task Speakers_are_found_by_an_organisation_changed_live()
    {
        var store = new EventDataStore(Seeds(_ => { }));
        var bot = new BotHarness(data: store);
        Assert.DoesNotContain("Amar BELACHE", BotHarness.TextOf(await bot.AskAsync("il y a des intervenants de zorglub ?")));

        store.Replace(Seeds(json =>
        {
            var speaker = json["parcours"]!.AsArray().SelectMany(p => p!["sessions"]!.AsArray()).SelectMany(s => s!["speakers"]!.AsArray())
                .First(s => (string?)s!["name"] == "Amar BELACHE")!;
            speaker["organisation"] = "Association Zorglub";
        }));

        Assert.Contains("Amar BELACHE", BotHarness.TextOf(await bot.AskAsync("il y a des intervenants de zorglub ?")));
    }

    [Fact]
    public async Task An_answer_about_one_thing_is_the_same_for_everyone_and_follows_a_live_update()
    {
        var store = new EventDataStore(Seeds(_ => { }));
        var first = await new BotHarness(data: store).AskAsync("C'est quoi La Chaufferie ?");
        var second = await new BotHarness(data: store).AskAsync("C'est quoi La Chaufferie ?");
        Assert.Equal(BotHarness.TextOf(first), BotHarness.TextOf(second));
        Assert.True(JToken.DeepEquals(Card(first), Card(second)));

        store.Replace(Seeds(json => json["places"]!.AsArray().Single(p => (string?)p!["id"] == "la-chaufferie")!["description"] =
            "Ancienne chaufferie devenue salle de réception."));

        var updated = await new BotHarness(data: store).AskAsync("C'est quoi La Chaufferie ?");
        Assert.Contains("Ancienne chaufferie devenue salle de réception", BotHarness.TextOf(updated));
        Assert.Contains("Ancienne chaufferie devenue salle de réception", Card(updated).ToString());
    }

    [Fact]
    public async Task A_day_s_programme_follows_a_live_update()
    {
        var store = new EventDataStore(Seeds(_ => { }));
        Assert.Contains("Les circuits courts", BotHarness.TextOf(await new BotHarness(data: store).AskAsync("programme de vendredi")));

        store.Replace(Seeds(json => json["events"]!.AsArray().Single(e => (string?)e!["id"] == "circuits-courts")!["title"] = "Les circuits très courts"));

        var updated = await new BotHarness(data: store).AskAsync("programme de vendredi");
        Assert.Contains("Les circuits très courts", BotHarness.TextOf(updated));
        Assert.Contains("Les circuits très courts", Card(updated).ToString());
    }

    private static JObject Card(IEnumerable<Microsoft.Bot.Schema.IMessageActivity> replies) =>
        (JObject)replies.SelectMany(r => r.Attachments ?? []).Single().Content;

    private static EventData Seeds(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(BotHarness.SeedsPath()))!;
        change(json);
        var file = Path.Combine(Path.GetTempPath(), $"eventbot-snapshot-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json.ToJsonString());
        try
        {
            return EventDataLoader.Load(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
