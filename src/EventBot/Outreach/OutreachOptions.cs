using Microsoft.Extensions.Options;

namespace EventBot.Outreach;

/// <summary>The <c>EventBot:Outreach</c> section: how the outbox dispatcher sends proactive messages.</summary>
public sealed class OutreachOptions
{
    public const string Section = "EventBot:Outreach";

    /// <summary>At most this many messages in any second per tenant (per channel outside Teams): Teams allows about 50 per app and tenant.</summary>
    public int MessagesPerSecond { get; set; } = 40;

    /// <summary>Tries of one message when the channel asks to retry (429, 412, 502, 504) before it is failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait before the second try; it doubles at each try (with jitter), up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the dispatcher looks for due messages when it has nothing to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Due messages read at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The setting that is wrong, or null.</summary>
    public string? Problem() =>
        MessagesPerSecond < 1 ? $"{Section}:MessagesPerSecond doit valoir au moins 1."
        : MaxAttempts < 1 ? $"{Section}:MaxAttempts doit valoir au moins 1."
        : RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay ? $"{Section}:RetryBaseDelay doit être positif et RetryMaxDelay au moins aussi long."
        : PollInterval <= TimeSpan.Zero ? $"{Section}:PollInterval doit être positif."
        : BatchSize < 1 ? $"{Section}:BatchSize doit valoir au moins 1."
        : null;
}

/// <summary>Stops the start with the setting that is wrong.</summary>
public sealed class OutreachOptionsValidator : IValidateOptions<OutreachOptions>
{
    public ValidateOptionsResult Validate(string? name, OutreachOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
