using System.Text.Json.Nodes;
using EventBot.Domain.Seeds;
using EventBot.Domain.Store;

namespace EventBot.Dialogs.Tests;

/// <summary>
/// "Quand a lieu l'atelier … ?" once the organisers gave the session's hours (the sources give none): the answer gives
/// those hours, not the Pop-Up's day with "the hour is not given" while the session card shows the hour.
/// </summary>
public class LiveHourTests
{
    [Fact]
    public async Task A_session_s_hours_given_later_answer_when_it_happens()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(BotHarness.SeedsPath()))!;
        var session = json["parcours"]!.AsArray().SelectMany(p => p!["sessions"]!.AsArray())
            .Single(s => (string?)s!["id"] == "atelier-innovations-sociales")!;
        session["startTime"] = "14:00";
        session["endTime"] = "15:30";
        var file = Path.Combine(Path.GetTempPath(), $"eventbot-live-hour-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());
        var data = EventDataLoader.Load(file);
        File.Delete(file);
        var bot = new BotHarness(data: new EventDataStore(data));

        var reply = BotHarness.TextOf(await bot.AskAsync("quand a lieu l'atelier sur les innovations sociales ?"));

        Assert.Contains("des innovations sociales pour créer de nouvelles activités", reply);
        Assert.Contains("le mercredi 16 octobre 2019", reply);
        Assert.Contains("de 14h à 15h30", reply);
        Assert.DoesNotContain("Je n'ai pas l'heure", reply);

        var seeds = BotHarness.TextOf(await new BotHarness().AskAsync("quand a lieu l'atelier sur les innovations sociales ?"));
        Assert.Contains("Je n'ai pas l'heure", seeds);
    }
}
