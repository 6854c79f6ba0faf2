using System.Text;
using EventBot.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.Host.Tests.Http;

/// <summary>The one-pass reading of a body: the activity the SDK's serializer makes from it, or null for anything doubtful.</summary>
public class WellFormedActivityTests
{
    public static TheoryData<string> WellFormed => new()
    {
        """{"type":"message","id":"1","channelId":"webchat","serviceUrl":"https://example.org/","conversation":{"id":"c"},"from":{"id":"u","name":"Camille"},"recipient":{"id":"b"},"text":"bonjour","locale":"fr-FR"}""",
        """{"type":"message","timestamp":"2019-10-16T08:00:00.000Z","localTimestamp":"2019-10-16T10:00:00+02:00","localTimezone":"Europe/Paris","channelId":"msteams","conversation":{"id":"c","conversationType":"personal","tenantId":"t"},"from":{"id":"u","aadObjectId":"a"},"recipient":{"id":"b"},"text":"<at>EventBot</at> programme","entities":[{"type":"mention","text":"<at>EventBot</at>","mentioned":{"id":"b"}}],"channelData":{"tenant":{"id":"t"}}}""",
        """{"type":"message","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"value":{"action":"inscription","parcours":"emergence","n":[1,2.5,null]},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}]}""",
        """{"type":"conversationUpdate","channelId":"test","conversation":{"id":"c"},"membersAdded":[{"id":"u"},{"id":"b"}],"recipient":{"id":"b"}} // a comment""",
    };

    [Theory, MemberData(nameof(WellFormed))]
    public void A_well_formed_body_gives_the_activity_the_sdk_serializer_makes(string body)
    {
        var read = WellFormedActivity.Read(Encoding.UTF8.GetBytes(body));

        Assert.NotNull(read);
        using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
        var expected = JToken.ReadFrom(reader).ToObject<Activity>(HttpHelper.BotMessageSerializer)!;
        Assert.Equal(JsonConvert.SerializeObject(expected, HttpHelper.BotMessageSerializerSettings), JsonConvert.SerializeObject(read, HttpHelper.BotMessageSerializerSettings));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bonjour")]
    [InlineData("{\"type\": \"message\"")]
    [InlineData("{\"type\": \"message\"} {\"type\": \"message\"}")]
    [InlineData("[{\"type\": \"message\"}]")]
    [InlineData("{\"text\": \"Bonjour\"}")]
    [InlineData("{\"type\": \"\"}")]
    [InlineData("{\"type\": 3}")]
    [InlineData("{\"type\": null}")]
    [InlineData("{\"type\": {\"a\": 1}}")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"mercredi\"}")]
    [InlineData("{\"type\": \"message\", \"from\": \"Camille\"}")]
    public void Anything_doubtful_is_left_to_the_step_by_step_checks(string body) =>
        Assert.Null(WellFormedActivity.Read(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_body_deeper_than_a_json_reader_goes_is_left_to_the_checks_too()
    {
        var body = "{\"type\":\"message\",\"value\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Null(WellFormedActivity.Read(Encoding.UTF8.GetBytes(body)));
    }
}
