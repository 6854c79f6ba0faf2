using Microsoft.Bot.Schema;

namespace EventBot.DirectLine;

/// <summary>
/// One conversation: its user, and the activities of both sides in the order they arrived. The sequence number
/// of an activity is its watermark, so a client that says "watermark N" gets everything after N, and a page
/// reloaded with its conversation id gets the history back. Only the last
/// <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> are kept; watermarks go on counting.
/// </summary>
public sealed class DirectLineConversation(string id, ChannelAccount user, int maxActivities)
{
    private readonly object _gate = new();
    private readonly Queue<StoredActivity> _activities = new();
    private long _lastSequence;
    private int _started;
    private bool _closed;

    // Replaced at every change: a stream awaits the current one, then reads what is new.
    private TaskCompletionSource _changed = NewSignal();

    public string Id { get; } = id;

    /// <summary>The user fixed when the conversation was created; every activity of the client is sent as this user.</summary>
    public ChannelAccount User { get; } = user;

    /// <summary>An activity as clients receive it, already serialized (stored strings are immutable and shared by readers).</summary>
    public sealed record StoredActivity(long Sequence, string Json);

    /// <summary>Activities after a watermark, and the watermark to ask from next time.</summary>
    public sealed record ActivitySet(IReadOnlyList<string> Activities, long Watermark);

    /// <summary>True the first time only: the bot is told about the conversation once (conversationUpdate).</summary>
    public bool TryMarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Completes at the next change (an activity added, or the conversation dropped).</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Dropped from the store: streams end.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>The watermark of the last activity (0 before the first one).</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>
    /// Gives <paramref name="activity"/> its id (<c>{conversationId}|{sequence}</c>, as Direct Line does), stores
    /// what <paramref name="serialize"/> makes of it, wakes the streams, and returns the id.
    /// </summary>
    public string Append(Activity activity, Func<Activity, string> serialize)
    {
        TaskCompletionSource changed;
        string activityId;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            activityId = $"{Id}|{sequence:D7}";
            activity.Id = activityId;
            _activities.Enqueue(new StoredActivity(sequence, serialize(activity)));
            while (_activities.Count > maxActivities)
            {
                _activities.Dequeue();
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return activityId;
    }

    /// <summary>The activities with a watermark above <paramref name="watermark"/>.</summary>
    public ActivitySet ReadAfter(long watermark)
    {
        lock (_gate)
        {
            var activities = _activities.Where(stored => stored.Sequence > watermark).Select(stored => stored.Json).ToList();
            return new ActivitySet(activities, Math.Max(watermark, _lastSequence));
        }
    }

    internal void Close()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _closed = true;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    // Continuations run asynchronously so that appending (under a bot's request) never runs a stream's send inline.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
