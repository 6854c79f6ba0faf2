using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Security;

/// <summary>
/// Markup, links, card JSON, template expressions and invisible characters given as a name or an organisation
/// during a sign-up over HTTP: the bot takes them as plain words or refuses them in French; its cards keep their
/// structure and show them escaped; its texts are declared plain; no invisible character comes back.
/// </summary>
public sealed class SignUpInjectionTests : IDisposable
{
    private readonly EventBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private sealed record Turn(string Text, string Json, JsonObject Body);

    private static async Task<Turn> AskAsync(HttpClient client, string conversationId, string text)
    {
        var response = await client.PostAsync("/api/messages", JsonContent.Create(Activities.MessageOnTheEve(text, conversationId, conversationId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(json)!.AsObject();
        var messages = body["activities"]!.AsArray().Where(a => (string?)a!["type"] == "message").ToList();
        Assert.All(messages, message => Assert.Equal("plain", (string?)message!["textFormat"]));
        return new Turn(string.Join("\n", messages.Select(m => (string?)m!["text"])), json, body);
    }

    /// <summary>Goes to the summary (the bot trims punctuation around what is typed, so the values above start and end with words) with <paramref name="organisation"/>; returns the summary turn.</summary>
    private async Task<Turn> SummaryWithAsync(string conversationId, string name, string organisation)
    {
        var client = _factory.CreateClient();
        Assert.Contains("prénom et votre nom", (await AskAsync(client, conversationId, "je veux m'inscrire au parcours Emergence")).Text);
        Assert.Contains("adresse e-mail", (await AskAsync(client, conversationId, name)).Text);
        Assert.Contains("organisation", (await AskAsync(client, conversationId, $"{conversationId}@exemple.fr")).Text);
        await AskAsync(client, conversationId, organisation);
        await AskAsync(client, conversationId, "citoyenne");
        var summary = await AskAsync(client, conversationId, "oui");
        Assert.Contains("Récapitulatif", summary.Text);
        return summary;
    }

    public static TheoryData<string, string> Organisations => new()
    {
        { "script tag", "<script>alert('x')</script>" },
        { "markdown link", "[Cliquez ici](javascript:alert(1))" },
        { "markdown image", "Asso ![x](https://exemple.invalid/pixel.png)" },
        { "adaptive card action", """{"type":"Action.OpenUrl","title":"Gagner","url":"javascript:alert(1)"}""" },
        { "template expressions", "${$root.title} ${fallbackText} {{user.name}}" },
        { "bold and html entity", "**Mairie** &lt;b&gt; de Lille" },
    };

    [Theory]
    [MemberData(nameof(Organisations))]
    public async Task A_hostile_organisation_is_kept_as_words_and_shown_escaped_in_an_unchanged_card(string name, string organisation)
    {
        Assert.NotEmpty(name);
        var reference = Card(await SummaryWithAsync($"ref-{Guid.NewGuid():N}", "Nora Haddad", "Mairie de Lille"));

        var summary = await SummaryWithAsync($"inj-{Guid.NewGuid():N}", "Nora Haddad", organisation);

        var card = Card(summary);
        Assert.Equal(Structure(reference), Structure(card));
        var shown = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Select(fact => (string)fact!["value"]!)
            .Single(value => value.Contains("type", StringComparison.Ordinal) || value.Contains("ici", StringComparison.Ordinal)
                || value.Contains("script", StringComparison.Ordinal) || value.Contains("root", StringComparison.Ordinal)
                || value.Contains("Mairie", StringComparison.Ordinal) || value.Contains("pixel", StringComparison.Ordinal));
        Assert.Equal(organisation, Unescape(shown));
        Assert.All(MarkdownSpecials, special => Assert.DoesNotMatch(@"(?<!\\)" + System.Text.RegularExpressions.Regex.Escape(special.ToString()), shown));
        Assert.Contains(organisation, summary.Text);
        Assert.DoesNotContain(Strings(card), value => value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("${title}")]
    [InlineData("Nora](javascript:alert(1))")]
    [InlineData("<b>Nora</b> Haddad")]
    [InlineData("""{"type":"Action.OpenUrl"}""")]
    public async Task A_name_that_is_markup_is_refused_in_french(string name)
    {
        var client = _factory.CreateClient();
        var conversationId = $"name-{Guid.NewGuid():N}";
        await AskAsync(client, conversationId, "je veux m'inscrire au parcours Emergence");

        var answer = await AskAsync(client, conversationId, name);

        Assert.Contains("Je n'ai pas reconnu un nom", answer.Text);
        Assert.DoesNotContain("javascript:", answer.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", answer.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invisible_characters_in_a_name_and_an_organisation_are_not_kept()
    {
        var summary = await SummaryWithAsync($"ctl-{Guid.NewGuid():N}", "\u202ENora\0 Haddad", "Mairie\0 de \u2066Lille\u2069\u0007");

        Assert.Contains("Prénom : Nora", summary.Text);
        Assert.Contains("Nom : Haddad", summary.Text);
        Assert.Contains("Organisation : Mairie de Lille", summary.Text);
        Assert.DoesNotMatch(@"\\u00(0|1)[0-9a-fA-F]|\\u202[a-eA-E]|\\u206[6-9]", summary.Json);
        Assert.DoesNotContain(Strings(summary.Body), value => value.Any(c => char.IsControl(c) && c != '\n'));
    }

    private static readonly char[] MarkdownSpecials = ['[', ']', '<', '>', '*', '_', '`', '~'];

    private static JsonObject Card(Turn turn) =>
        turn.Body["activities"]!.AsArray()
            .SelectMany(a => a!["attachments"]?.AsArray() ?? [])
            .Select(attachment => attachment!["content"]!.AsObject())
            .Single();

    /// <summary>The card's shape: every element's and action's type, in order, and every property name.</summary>
    private static List<string> Structure(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => new[] { p.Key + (p.Key == "type" ? "=" + (string?)p.Value : "") }.Concat(p.Key == "type" ? [] : Structure(p.Value))).ToList(),
        JsonArray array => array.SelectMany(Structure).ToList(),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static string Unescape(string shown) => System.Text.RegularExpressions.Regex.Replace(shown, @"\\(.)", "$1");
}
