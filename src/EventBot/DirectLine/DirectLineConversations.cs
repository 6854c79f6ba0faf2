using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EventBot.DirectLine;

/// <summary>
/// The conversations, in memory: they live as long as the process (a restart ends them; the bot's own state, in
/// LiteDB, survives). At most <see cref="DirectLineOptions.MaxConversations"/>; the oldest created is dropped first.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _creationOrder = new();

    public int Count => _byId.Count;

    public DirectLineConversation Create(ChannelAccount user)
    {
        var settings = options.Value;
        var conversation = new DirectLineConversation(DirectLineIds.Random(18), user, settings.MaxActivitiesPerConversation);
        _byId[conversation.Id] = conversation;
        _creationOrder.Enqueue(conversation.Id);

        while (_byId.Count > settings.MaxConversations && _creationOrder.TryDequeue(out var oldest))
        {
            if (_byId.TryRemove(oldest, out var dropped))
            {
                dropped.Close();
            }
        }

        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) =>
        _byId.TryGetValue(conversationId, out var conversation) ? conversation : null;
}
