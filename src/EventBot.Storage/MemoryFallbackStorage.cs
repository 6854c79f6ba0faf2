using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace EventBot.Storage;

/// <summary>
/// The conversation state's storage: the LiteDB file, and memory while the file cannot be written (disk full,
/// folder made read-only). A conversation then goes on, its dialog state kept in memory, instead of every turn
/// ending in an error; sign-ups, which need the file, say they are unavailable. Once a write succeeds again, the
/// keys go back to the file.
/// </summary>
/// <remarks>Bot state is written without ETags (last write wins), so moving a key between the two stores loses no check.</remarks>
public sealed class MemoryFallbackStorage(IStorage file, ILogger<MemoryFallbackStorage> logger) : IStorage
{
    private readonly MemoryStorage _memory = new();
    private readonly ConcurrentDictionary<string, bool> _inMemory = new();
    private int _failing;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var fromMemory = keys.Where(_inMemory.ContainsKey).ToArray();
        var fromFile = keys.Except(fromMemory).ToArray();

        var items = fromMemory.Length > 0 ? await _memory.ReadAsync(fromMemory, cancellationToken) : new Dictionary<string, object>();
        if (fromFile.Length > 0)
        {
            try
            {
                foreach (var (key, value) in await file.ReadAsync(fromFile, cancellationToken))
                {
                    items[key] = value;
                }
            }
            catch (Exception error) when (IsStorageFailure(error))
            {
                // Unreadable: the conversation starts afresh rather than failing every turn.
                Failing(error);
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        try
        {
            await file.WriteAsync(changes, cancellationToken);
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            Failing(error);
            await _memory.WriteAsync(changes, cancellationToken);
            foreach (var key in changes.Keys)
            {
                _inMemory[key] = true;
            }

            return;
        }

        Recovered();
        if (!_inMemory.IsEmpty)
        {
            await _memory.DeleteAsync([.. changes.Keys], cancellationToken);
            foreach (var key in changes.Keys)
            {
                _inMemory.TryRemove(key, out _);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _memory.DeleteAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            _inMemory.TryRemove(key, out _);
        }

        try
        {
            await file.DeleteAsync(keys, cancellationToken);
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            Failing(error);
        }
    }

    /// <summary>Said once per outage, not at every turn of every conversation; the message names the file, never a person.</summary>
    private void Failing(Exception error)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            logger.LogError(error, "Conversation state cannot be written to the database file ({Problem}): it is kept in memory until the file can be written again.", error.Message);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            logger.LogWarning("Conversation state is written to the database file again.");
        }
    }

    private static bool IsStorageFailure(Exception error) => error is LiteException or IOException or UnauthorizedAccessException;
}
