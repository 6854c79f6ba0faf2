using Microsoft.Bot.Builder;

namespace EventBot.Host.Tests.Performance;

/// <summary>The host's own storage, with the keys it is asked to write and delete counted.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private readonly List<string> _writes = [];

    /// <summary>Every key written or deleted since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Writes
    {
        get
        {
            lock (_writes)
            {
                return [.. _writes];
            }
        }
    }

    public void Reset()
    {
        lock (_writes)
        {
            _writes.Clear();
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Record(changes.Keys);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Record(keys);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    private void Record(IEnumerable<string> keys)
    {
        lock (_writes)
        {
            _writes.AddRange(keys);
        }
    }
}
