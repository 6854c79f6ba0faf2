using EventBot.Domain.Model;
using EventBot.Domain.Seeds;

namespace EventBot.Domain.Store;

/// <summary>
/// Holds the validated event data and lets organisers swap it live. Readers never lock: they read one immutable
/// snapshot through a volatile reference; writers are serialised. One previous version is kept to undo a bad update.
/// </summary>
public sealed class EventDataStore : IEventDataProvider
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot;

    /// <summary>Starts with data already checked (as <see cref="EventDataLoader.Load"/> returns it) or validates it here.</summary>
    /// <param name="previous">What <see cref="RestorePrevious"/> goes back to, when an earlier run saved it.</param>
    public EventDataStore(EventData initial, EventData? previous = null)
    {
        EventDataValidator.EnsureValid(initial, "initial event data");
        if (previous is not null)
        {
            EventDataValidator.EnsureValid(previous, "previous event data");
        }

        _snapshot = new Snapshot(initial, 1, previous);
    }

    public EventData Current => _snapshot.Data;

    public long Version => _snapshot.Version;

    /// <summary>True when <see cref="RestorePrevious"/> has something to go back to.</summary>
    public bool HasPrevious => _snapshot.Previous is not null;

    /// <summary>The data <see cref="RestorePrevious"/> would go back to, or null.</summary>
    public EventData? Previous => _snapshot.Previous;

    /// <summary>Validates <paramref name="candidate"/> and makes it current; on any problem throws and changes nothing.</summary>
    /// <returns>The new version.</returns>
    public long Replace(EventData candidate, string source = "live update")
    {
        EventDataValidator.EnsureValid(candidate, source);
        lock (_writeLock)
        {
            var current = _snapshot;
            _snapshot = new Snapshot(candidate, current.Version + 1, current.Data);
            return current.Version + 1;
        }
    }

    /// <summary>Goes back to the data before the last <see cref="Replace"/> (once); false when there is none.</summary>
    public bool RestorePrevious()
    {
        lock (_writeLock)
        {
            var current = _snapshot;
            if (current.Previous is null)
            {
                return false;
            }

            _snapshot = new Snapshot(current.Previous, current.Version + 1, Previous: null);
            return true;
        }
    }

    private sealed record Snapshot(EventData Data, long Version, EventData? Previous);
}
