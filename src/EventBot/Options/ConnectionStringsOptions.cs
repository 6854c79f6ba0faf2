using EventBot.Storage;

namespace EventBot.Options;

/// <summary>The <c>ConnectionStrings</c> section.</summary>
public sealed class ConnectionStringsOptions
{
    public const string Section = "ConnectionStrings";

    /// <summary>LiteDB connection string; a relative file name is relative to the content root.</summary>
    public string EventBot { get; set; } = EventBotDatabase.DefaultConnectionString;
}
