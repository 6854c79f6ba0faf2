using System.Diagnostics;
using EventBot.Storage;

namespace EventBot.Host.Tests.Storage;

/// <summary>Database files a host may find at start-up: corrupt, read-only, locked by another program, or in a folder it cannot write.</summary>
public static class BadDatabaseFiles
{
    public const string Corrupt = "corrupt";
    public const string ReadOnly = "read-only";
    public const string Locked = "locked";
    public const string ReadOnlyFolder = "read-only-folder";

    /// <summary>
    /// Leaves a bad database at <paramref name="path"/>; dispose the result before deleting the folder.
    /// Fails the test when this machine cannot make such a file (root ignores file modes, and without
    /// <c>chattr</c> cannot make a file immutable): a test that cannot check must not pass.
    /// </summary>
    public static IDisposable Make(string kind, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case Corrupt:
                // Not a LiteDB header, and not empty (an empty file would simply be initialised).
                File.WriteAllBytes(path, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251)).ToArray());
                return new Undo(() => { });

            case ReadOnly:
                new EventBotDatabase($"Filename={path};Connection=shared", Path.GetDirectoryName(path)!).Dispose();
                new FileInfo(path).IsReadOnly = true;
                if (Environment.UserName == "root")
                {
                    return Run("chattr", "+i", path)
                        ? new Undo(() => Run("chattr", "-i", path))
                        : throw new InvalidOperationException("Cannot make a read-only file as root: chattr (e2fsprogs) is missing or the file system refuses +i.");
                }

                return new Undo(() => new FileInfo(path).IsReadOnly = false);

            case Locked:
                new EventBotDatabase($"Filename={path};Connection=shared", Path.GetDirectoryName(path)!).Dispose();

                // An exclusive lock, as another program (or a LiteDB opened in direct mode) holds it.
                return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

            case ReadOnlyFolder:
                // The bot ran here before; now its folder cannot be written (LiteDB could open the file, then fail at the first write).
                new EventBotDatabase($"Filename={path};Connection=direct", Path.GetDirectoryName(path)!).Dispose();
                return DiskFaults.ReadOnlyFolder(Path.GetDirectoryName(path)!);

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static bool Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
