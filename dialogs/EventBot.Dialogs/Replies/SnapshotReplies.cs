using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Replies that depend only on the event data and on what is asked (a parcours, a day…), worked out once per data
/// snapshot and shared: everyone who asks the same gets the same reply, and writing its text and card is most of what
/// a turn does once the message is understood. A live update of the data is a new snapshot, so its replies are new.
/// A shared reply's card goes into every activity that carries it: it is only ever read.
/// </summary>
public static class SnapshotReplies
{
    private static readonly ConditionalWeakTable<EventData, ConcurrentDictionary<object, Reply>> Replies = new();

    /// <param name="key">
    /// What the reply is about, with whatever else it depends on: equal keys must mean equal replies, so each kind of
    /// reply has a key type of its own (a record, or a tuple that starts with who answers).
    /// </param>
    public static Reply Get<TKey>(EventData data, TKey key, Func<TKey, Reply> build) where TKey : notnull =>
        Replies.GetValue(data, _ => new()).GetOrAdd(key, k => build((TKey)k));
}
