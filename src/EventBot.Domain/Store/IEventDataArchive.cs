namespace EventBot.Domain.Store;

/// <summary>
/// Where the organisers' live updates of the event data are kept across restarts: the current data and the one before
/// it, as the JSON of the seed file (<see cref="Seeds.EventDataJson"/>).
/// </summary>
public interface IEventDataArchive
{
    /// <summary>What was last saved, or null when organisers never changed the data.</summary>
    SavedEventData? Load();

    /// <summary>Keeps <paramref name="saved"/> on disk before returning.</summary>
    void Save(SavedEventData saved);
}

/// <param name="CurrentJson">The data in use.</param>
/// <param name="PreviousJson">The data before the last change, which a restore goes back to; null when there is none.</param>
public sealed record SavedEventData(string CurrentJson, string? PreviousJson, DateTimeOffset SavedAt);
