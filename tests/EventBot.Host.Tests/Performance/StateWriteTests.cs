using System.Net;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Performance;

/// <summary>
/// A turn writes the conversation's state only when it changed: a question that leaves nothing new to remember
/// costs no write to the database (the benchmark's figures depend on it).
/// </summary>
public sealed class StateWriteTests : IDisposable
{
    private readonly EventBotFactory _factory;
    private readonly string _conversationId = $"writes-{Guid.NewGuid():N}";
    private CountingStorage? _storage;

    public StateWriteTests()
    {
        _factory = new EventBotFactory
        {
            ReplaceServices = services => services.AddSingleton<IStorage>(provider =>
                _storage = new CountingStorage(new LiteDbStorage(provider.GetRequiredService<EventBotDatabase>()))),
        };
        _factory.Settings["EventBot:RateLimits:Enabled"] = "false";
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> AskAsync(HttpClient client, string text)
    {
        var response = await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message(text, _conversationId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }

    private async Task<IReadOnlyList<string>> WritesOfAsync(Func<Task> turn)
    {
        _storage!.Reset();
        await turn();
        return _storage.Writes;
    }

    [Fact]
    public async Task A_question_asked_again_writes_nothing()
    {
        var client = _factory.CreateClient();
        var first = await WritesOfAsync(async () => Assert.Contains("Emergence", await AskAsync(client, "c koi le parcours emergence")));
        Assert.NotEmpty(first);

        var again = await WritesOfAsync(async () => Assert.Contains("Emergence", await AskAsync(client, "c koi le parcours emergence")));

        Assert.Empty(again);
    }

    [Theory]
    [InlineData("bonjour")]
    [InlineData("y a du wifi ?")]
    [InlineData("merci")]
    public async Task A_greeting_or_an_unanswerable_question_in_a_new_conversation_writes_nothing(string text)
    {
        var client = _factory.CreateClient();

        var writes = await WritesOfAsync(async () => Assert.NotEmpty(await AskAsync(client, text)));

        Assert.Empty(writes);
    }

    [Fact]
    public async Task A_sign_up_step_is_written_since_the_next_message_needs_it()
    {
        var client = _factory.CreateClient();

        var writes = await WritesOfAsync(async () => Assert.Contains("prénom et votre nom", await AskAsync(client, "je veux m'inscrire au parcours Emergence")));

        Assert.Contains(writes, key => key.Contains(_conversationId, StringComparison.Ordinal));
    }
}
