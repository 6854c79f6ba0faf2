using EventBot.Domain.Reminders;
using EventBot.Domain.SignUps;
using Microsoft.Extensions.Options;

namespace EventBot.Reminders;

/// <summary>
/// Runs a round of <see cref="ReminderScheduler"/> at start-up (what fell due while the bot was down goes now, late
/// with an apology, or is dropped) and then every <see cref="ReminderOptions.PollInterval"/>, on the DI clock.
/// A round that fails is logged and the next one tries again: the bot never stops for it.
/// </summary>
public sealed class ReminderBackgroundService(
    ReminderScheduler scheduler,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host starts listening without waiting for the first round.
        await Task.Yield();
        var unavailableLogged = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = scheduler.Run(clock.GetUtcNow());
                unavailableLogged = false;
                if (round.Queued.Count > 0 || round.Dropped.Count > 0)
                {
                    logger.LogInformation(
                        "Reminders: {Queued} queued, {Dropped} dropped (session over), {Pending} pending.",
                        round.Queued.Count, round.Dropped.Count, round.Pending);
                }
            }
            catch (StorageUnavailableException error) when (!unavailableLogged)
            {
                unavailableLogged = true;
                logger.LogWarning(error, "Reminders are on hold: the database cannot be used.");
            }
            catch (StorageUnavailableException)
            {
                // Said once above; the rounds go on trying quietly.
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "A round of reminders failed; the next one will try again.");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
