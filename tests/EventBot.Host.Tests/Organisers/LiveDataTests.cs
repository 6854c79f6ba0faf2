using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Organisers;

/// <summary>Organisers change the event data live: validated as at start-up, used by the bot at once, kept across restarts.</summary>
public sealed class LiveDataTests : IDisposable
{
    private const string Key = "clé-données-93be";
    private const string WhereIsTheWorkshop = "où a lieu l'atelier sur les mutations de l'industrie ?";

    private readonly TempDirectory _folder = new();
    private readonly List<EventBotFactory> _hosts = [];

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task A_room_added_through_the_api_changes_the_answer_at_once_and_restore_takes_it_back()
    {
        var host = Host();
        var before = await AskAsync(host, WhereIsTheWorkshop);
        Assert.Contains("Je n'ai pas la salle", before);

        var patched = await Organiser(host).PatchAsync(
            "/api/organisers/data/sessions/atelier-mutations-industrie", Json("""{"room": "Salle Hélios", "startTime": "14:00", "endTime": "15:30"}"""));

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var version = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, version.GetProperty("version").GetInt64());
        Assert.True(version.GetProperty("hasPrevious").GetBoolean());
        var after = await AskAsync(host, WhereIsTheWorkshop);
        Assert.Contains("Salle : Salle Hélios", after);
        Assert.DoesNotContain("Je n'ai pas la salle", after);
        var session = Session(await DataAsync(host), "atelier-mutations-industrie")!;
        Assert.Equal("14:00", (string?)session["startTime"]);
        Assert.Equal("15:30", (string?)session["endTime"]);

        Assert.Equal(HttpStatusCode.OK, (await Organiser(host).PostAsync("/api/organisers/data/restore", null)).StatusCode);
        Assert.Contains("Je n'ai pas la salle", await AskAsync(host, WhereIsTheWorkshop));
        Assert.Equal(HttpStatusCode.Conflict, (await Organiser(host).PostAsync("/api/organisers/data/restore", null)).StatusCode);
    }

    [Fact]
    public async Task An_invalid_update_is_refused_with_its_json_path_and_nothing_is_applied()
    {
        var host = Host();
        var before = await DataAsync(host);

        var badPlace = await Organiser(host).PatchAsync(
            "/api/organisers/data/sessions/atelier-mutations-industrie", Json("""{"room": "Salle Hélios", "placeId": "nulle-part"}"""));
        var badHour = await Organiser(host).PatchAsync("/api/organisers/data/events/world-forum", Json("""{"startTime": "25h"}"""));
        var full = (JsonObject)before["data"]!.DeepClone();
        full["parcours"]![0]!["sessions"]![0]!["placeId"] = "nulle-part";
        var badPut = await Organiser(host).PutAsync("/api/organisers/data", Json(full.ToJsonString()));
        var notJson = await Organiser(host).PutAsync("/api/organisers/data", Json("{\"week\": "));

        var problems = new List<JsonElement>();
        foreach (var response in new[] { badPlace, badHour, badPut, notJson })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Données refusées : rien n'a été modifié.", problem.GetProperty("title").GetString());
            Assert.StartsWith("$", problem.GetProperty("problems")[0].GetProperty("path").GetString());
            problems.Add(problem.GetProperty("problems")[0]);
        }

        var placeProblem = problems[0];
        Assert.Matches(@"^\$\.parcours\[\d\]\.sessions\[\d\]\.placeId$", placeProblem.GetProperty("path").GetString());
        Assert.Contains("nulle-part", placeProblem.GetProperty("message").GetString());
        Assert.Equal("$.events[1].startTime", problems[1].GetProperty("path").GetString());
        var badPutProblem = problems[2];
        Assert.Equal("$.parcours[0].sessions[0].placeId", badPutProblem.GetProperty("path").GetString());
        var after = await DataAsync(host);
        Assert.Equal(1, (long)after["version"]!);
        Assert.True(JsonNode.DeepEquals(before, after));
        Assert.Contains("Je n'ai pas la salle", await AskAsync(host, WhereIsTheWorkshop));
    }

    [Theory]
    [InlineData("/api/organisers/data/sessions/pas-de-seance", """{"room": "A"}""", HttpStatusCode.NotFound, "Aucune séance")]
    [InlineData("/api/organisers/data/places/nulle-part", """{"address": "1 rue X"}""", HttpStatusCode.NotFound, "Aucun lieu")]
    [InlineData("/api/organisers/data/events/pas-d-evenement", """{"startTime": "10:00"}""", HttpStatusCode.NotFound, "« pas-d-evenement »")]
    [InlineData("/api/organisers/data/sessions/atelier-mutations-industrie", """{"title": "Autre"}""", HttpStatusCode.BadRequest, "« title »")]
    [InlineData("/api/organisers/data/sessions/atelier-mutations-industrie", """{}""", HttpStatusCode.BadRequest, "Aucun champ")]
    [InlineData("/api/organisers/data/places/plaine-images", """["address"]""", HttpStatusCode.BadRequest, "objet JSON")]
    public async Task A_partial_update_that_cannot_apply_says_why_in_french(string path, string body, HttpStatusCode status, string expected)
    {
        var host = Host();

        var response = await Organiser(host).PatchAsync(path, Json(body));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, (long)(await DataAsync(host))["version"]!);
    }

    [Fact]
    public async Task A_new_resource_is_validated_and_found_by_the_bot()
    {
        var host = Host();
        var resource = """
            {"id": "plan-acces-plaine-images", "title": "Plan d'accès à la Plaine Images", "kind": "plan",
             "description": "Le plan d'accès au site de la Plaine Images.", "url": "https://exemple.fr/plan.pdf", "eventId": "pop-up-dev-eco"}
            """;

        var existingId = (string)(await DataAsync(host))["data"]!["resources"]![0]!["id"]!;

        var duplicate = await Organiser(host).PostAsync("/api/organisers/data/resources", Json(resource.Replace("plan-acces-plaine-images", existingId)));
        var added = await Organiser(host).PostAsync("/api/organisers/data/resources", Json(resource));

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(((JsonArray)(await DataAsync(host))["data"]!["resources"]!), r => (string?)r!["id"] == "plan-acces-plaine-images");
        Assert.Contains("https://exemple.fr/plan.pdf", await AskAsync(host, "plan d'accès à la plaine images"));
    }

    [Fact]
    public async Task An_update_survives_a_restart_and_can_still_be_restored()
    {
        var first = Host();
        Assert.Equal(HttpStatusCode.OK, (await Organiser(first).PatchAsync(
            "/api/organisers/data/sessions/atelier-mutations-industrie", Json("""{"room": "Salle Hélios"}"""))).StatusCode);
        first.Dispose();

        var second = Host();
        Assert.Contains("Salle : Salle Hélios", await AskAsync(second, WhereIsTheWorkshop));
        Assert.Contains(second.Logs.Lines, line => line.Contains("organisers' version saved at"));
        Assert.True((bool)(await DataAsync(second))["hasPrevious"]!);
        Assert.Equal(HttpStatusCode.OK, (await Organiser(second).PostAsync("/api/organisers/data/restore", null)).StatusCode);
        second.Dispose();

        var third = Host();
        Assert.Contains("Je n'ai pas la salle", await AskAsync(third, WhereIsTheWorkshop));
    }

    [Fact]
    public async Task The_data_needs_an_organiser_key()
    {
        var host = Host();

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/organisers/data")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PatchAsync(
            "/api/organisers/data/sessions/atelier-mutations-industrie", Json("""{"room": "X"}"""))).StatusCode);
        Assert.Contains("Je n'ai pas la salle", await AskAsync(host, WhereIsTheWorkshop));
    }

    private EventBotFactory Host()
    {
        var host = new EventBotFactory();
        host.Settings["ConnectionStrings:EventBot"] = _folder.ConnectionString();
        host.Settings["EventBot:Organisers:Keys:0"] = Key;
        host.Settings["EventBot:RateLimits:Enabled"] = "false";
        _hosts.Add(host);
        return host;
    }

    private static HttpClient Organiser(EventBotFactory host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonObject> DataAsync(EventBotFactory host) =>
        (await Organiser(host).GetFromJsonAsync<JsonObject>("/api/organisers/data"))!;

    private static JsonObject? Session(JsonObject data, string id) =>
        data["data"]!["parcours"]!.AsArray().SelectMany(p => p!["sessions"]!.AsArray()).FirstOrDefault(s => (string?)s!["id"] == id)?.AsObject();

    private static async Task<string> AskAsync(EventBotFactory host, string text)
    {
        var response = await host.CreateClient().PostAsync(
            "/api/messages", Activities.AsContent(Activities.Message(text, $"live-{Guid.NewGuid():N}")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }
}
