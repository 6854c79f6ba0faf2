using Microsoft.Extensions.Options;

namespace EventBot.Outreach;

/// <summary>
/// Keeps sends under <see cref="OutreachOptions.MessagesPerSecond"/> in any one-second window, per tenant: a send waits
/// until the oldest of the last N is a second old. Used by the one dispatcher loop only, hence no lock.
/// </summary>
public sealed class SendPacer(IOptionsMonitor<OutreachOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Queue<long>> _recent = new(StringComparer.Ordinal);

    public async Task WaitTurnAsync(string key, CancellationToken cancellationToken)
    {
        if (!_recent.TryGetValue(key, out var sends))
        {
            sends = new Queue<long>();
            _recent[key] = sends;
        }

        while (true)
        {
            var now = clock.GetTimestamp();
            while (sends.Count > 0 && clock.GetElapsedTime(sends.Peek(), now) >= Window)
            {
                sends.Dequeue();
            }

            if (sends.Count < options.CurrentValue.MessagesPerSecond)
            {
                sends.Enqueue(now);
                return;
            }

            await Task.Delay(Window - clock.GetElapsedTime(sends.Peek(), now), clock, cancellationToken);
        }
    }
}
