using EventBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventBot.Health;

/// <summary>Healthy when the LiteDB file opened, answers a read and carries the schema this build expects.</summary>
public sealed class DatabaseHealthCheck(EventBotDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsAvailable)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"LiteDB file {database.FilePath} cannot be opened: {database.OpenError!.Message}", database.OpenError));
        }

        try
        {
            var version = database.ReadSchemaVersion();
            return Task.FromResult(version == EventBotDatabase.SchemaVersion
                ? HealthCheckResult.Healthy($"LiteDB schema version {version}.")
                : HealthCheckResult.Unhealthy($"LiteDB schema version {version}, expected {EventBotDatabase.SchemaVersion}."));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("LiteDB does not answer.", exception));
        }
    }
}
