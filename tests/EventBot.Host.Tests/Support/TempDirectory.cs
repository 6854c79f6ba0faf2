namespace EventBot.Host.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted with its content at dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eventbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A LiteDB connection string for a file in this folder.</summary>
    public string ConnectionString(string fileName = "eventbot.db") =>
        $"Filename={System.IO.Path.Combine(Path, fileName)};Connection=shared";

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
