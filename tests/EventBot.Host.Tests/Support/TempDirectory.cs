namespace EventBot.Host.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted with its content at dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eventbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A LiteDB connection string for a file in this folder.</summary>
    public string ConnectionString(string fileName = "eventbot.db") =>
        $"Filename={System.IO.Path.Combine(Path, fileName)};Connection=direct";

    public void Dispose()
    {
        // A turn still finishing while its host stops may write LiteDB's log file once more, in the middle of
        // the deletion ("Directory not empty"): it is tried again after that write.
        for (var attempt = 1; Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100);
            }
        }
    }
}
