using EventBot.Domain.Model;
using EventBot.Domain.Store;
using EventBot.Language;
using EventBot.Language.Search;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>
/// The event data in use and the understanding built over it, rebuilt when organisers change the
/// data (the provider's version moves). One per process; safe for concurrent turns.
/// </summary>
public sealed class EventKnowledge(IEventDataProvider provider) : IDisposable
{
    private sealed record Built(long Version, EventData Data, FrenchUnderstander Understander);

    private readonly Lock _rebuild = new();
    private Built? _built;

    public EventData Data => Current.Data;

    /// <summary>Builds the index and loads the recognisers' models now, so that the first user does not wait.</summary>
    public void WarmUp()
    {
        FrenchUnderstander.WarmUp();
        Understand("programme de mercredi", DateTimeOffset.Now);
    }

    public Understanding Understand(string text, DateTimeOffset localNow) => Current.Understander.Understand(text, localNow);

    /// <summary>The best passage of the data for a question, or null when none is confident enough.</summary>
    public SearchHit? Search(string text) =>
        Current.Understander.Search.Search(text, 1).FirstOrDefault();

    private Built Current
    {
        get
        {
            var built = _built;
            if (built is not null && built.Version == provider.Version)
            {
                return built;
            }

            lock (_rebuild)
            {
                if (_built is null || _built.Version != provider.Version)
                {
                    var version = provider.Version;
                    var data = provider.Current;
                    // Turns still using the previous index finish on their own reference; it is not
                    // disposed under them, and the collector reclaims it.
                    _built = new Built(version, data, new FrenchUnderstander(data));
                }

                return _built;
            }
        }
    }

    public void Dispose() => _built?.Understander.Dispose();
}
