using EventBot.Domain.Model;

namespace EventBot.Domain.Store;

/// <summary>The event data in use right now. Read <see cref="Current"/> once per turn: organisers may replace it at any time.</summary>
public interface IEventDataProvider
{
    EventData Current { get; }

    /// <summary>Increases on every change, so that caches built over <see cref="Current"/> know when to rebuild.</summary>
    long Version { get; }
}
