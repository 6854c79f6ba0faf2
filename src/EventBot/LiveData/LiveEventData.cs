using System.Text.Json;
using System.Text.Json.Nodes;
using EventBot.Domain.Model;
using EventBot.Domain.Seeds;
using EventBot.Domain.Store;

namespace EventBot.LiveData;

/// <summary>
/// The organisers' changes to the event data while the week goes on: each candidate is parsed and validated exactly as the
/// seed file at start-up (<see cref="EventDataLoader.Parse"/>), saved in the database, then made current in the
/// <see cref="EventDataStore"/>, which the bot's answers read at their next turn. On any problem nothing is applied.
/// </summary>
public sealed class LiveEventData(EventDataStore store, IEventDataArchive archive, TimeProvider clock, ILogger<LiveEventData> logger)
{
    /// <summary>How errors name the data an organiser sent.</summary>
    public const string Source = "mise à jour";

    // One change at a time: an edit reads the current data, changes it and replaces it.
    private readonly Lock _gate = new();

    public long Version => store.Version;

    public bool HasPrevious => store.HasPrevious;

    /// <summary>The current data as the seed file writes it, for an organiser to read or edit.</summary>
    public JsonObject CurrentJson() => ToNode(store.Current);

    /// <summary>Replaces the whole data with <paramref name="json"/>.</summary>
    /// <exception cref="EventDataException">The JSON is malformed or inconsistent; nothing changed.</exception>
    /// <exception cref="Domain.SignUps.StorageUnavailableException">The database cannot keep it; nothing changed.</exception>
    public long Replace(string json)
    {
        lock (_gate)
        {
            return Apply(json);
        }
    }

    /// <summary>Changes a copy of the current data's JSON with <paramref name="edit"/>, then replaces the data with it.</summary>
    /// <exception cref="DataEditRefusedException">The edit found nothing to change.</exception>
    public long Edit(Action<JsonObject> edit)
    {
        lock (_gate)
        {
            var json = ToNode(store.Current);
            edit(json);
            return Apply(json.ToJsonString(EventDataJson.Options));
        }
    }

    /// <summary>Goes back to the data before the last change; null when there is none.</summary>
    public long? RestorePrevious()
    {
        lock (_gate)
        {
            if (store.Previous is not { } previous)
            {
                return null;
            }

            archive.Save(new SavedEventData(Serialize(previous), PreviousJson: null, clock.GetUtcNow()));
            store.RestorePrevious();
            logger.LogInformation("Event data restored to the previous version by an organiser: version {Version}.", store.Version);
            return store.Version;
        }
    }

    /// <summary>
    /// The data the bot starts with: the organisers' last saved version when there is one and it is still valid, else the
    /// seed file. The seed file is always read, so that a broken one still stops the start.
    /// </summary>
    public static EventDataStore Open(string seedsPath, IEventDataArchive archive, ILogger logger)
    {
        var seeds = EventDataLoader.Load(seedsPath);
        SavedEventData? saved;
        try
        {
            saved = archive.Load();
        }
        catch (Domain.SignUps.StorageUnavailableException unavailable)
        {
            logger.LogWarning("The organisers' saved event data cannot be read ({Problem}): the bot uses {SeedsPath}.", unavailable.Message, seedsPath);
            return new EventDataStore(seeds);
        }

        if (saved is null)
        {
            logger.LogInformation("Event data loaded from {SeedsPath}.", seedsPath);
            return new EventDataStore(seeds);
        }

        try
        {
            var current = EventDataLoader.Parse(saved.CurrentJson, "saved event data");
            var previous = saved.PreviousJson is null ? null : EventDataLoader.Parse(saved.PreviousJson, "saved previous event data");
            logger.LogInformation(
                "Event data: the organisers' version saved at {SavedAt:O} is used instead of {SeedsPath}.", saved.SavedAt, seedsPath);
            return new EventDataStore(current, previous);
        }
        catch (EventDataException invalid)
        {
            logger.LogWarning("The organisers' saved event data is no longer valid ({Problem}): the bot uses {SeedsPath}.", invalid.Message, seedsPath);
            return new EventDataStore(seeds);
        }
    }

    private long Apply(string json)
    {
        var candidate = EventDataLoader.Parse(json, Source);
        archive.Save(new SavedEventData(Serialize(candidate), Serialize(store.Current), clock.GetUtcNow()));
        var version = store.Replace(candidate, Source);
        logger.LogInformation("Event data updated by an organiser: version {Version}.", version);
        return version;
    }

    private static string Serialize(EventData data) => JsonSerializer.Serialize(data, EventDataJson.Options);

    private static JsonObject ToNode(EventData data) => JsonSerializer.SerializeToNode(data, EventDataJson.Options)!.AsObject();
}

/// <summary>An edit that cannot be made (nothing has that id, a field that cannot be changed); the message is French.</summary>
public sealed class DataEditRefusedException(string message, bool notFound) : Exception(message)
{
    /// <summary>True when what the edit names does not exist (404), false when the request itself is wrong (400).</summary>
    public bool NotFound { get; } = notFound;
}
