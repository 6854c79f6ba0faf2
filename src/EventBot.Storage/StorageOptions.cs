namespace EventBot.Storage;

/// <summary>The <c>EventBot:Storage</c> section: how far a write that a person is told about has gone when the bot goes on.</summary>
public sealed class StorageOptions
{
    public const string Section = "EventBot:Storage";

    /// <summary>
    /// Whether sign-ups, reminders, announcements and the outbox's marks wait until their commit is flushed to disk before
    /// the bot goes on (says "C'est confirmé", posts a message). Either way a commit is written to the operating system
    /// before that, so a crash or a kill of the bot loses none of them, and it reaches the disk within 100 ms like the
    /// conversation state. Waiting also covers a power cut or a crash of the machine in those 100 ms; it costs a quarter
    /// of the sign-up throughput (docs/benchmark.md).
    /// </summary>
    public bool WaitForDisk { get; set; }
}
