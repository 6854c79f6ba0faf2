using System.Diagnostics;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Storage;

/// <summary>
/// Faults of the disk under a running bot: a tiny file system that fills up, and a folder made read-only (immutable).
/// Both need root (mount, chattr), as the bad-file tests do; without it the test fails rather than passing unchecked.
/// </summary>
public static class DiskFaults
{
    /// <summary>A tmpfs of <paramref name="size"/> (e.g. "2m") mounted on a fresh folder; unmounted and removed at dispose.</summary>
    public sealed class TinyDisk : IDisposable
    {
        private readonly TempDirectory _mountPoint = new();

        public TinyDisk(string size)
        {
            Directory.CreateDirectory(_mountPoint.Path);
            if (!Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", _mountPoint.Path))
            {
                throw new InvalidOperationException("Cannot mount a tmpfs to fill: this test needs root (CAP_SYS_ADMIN).");
            }
        }

        public string Path => _mountPoint.Path;

        private string Filler => System.IO.Path.Combine(Path, "filler.bin");

        /// <summary>Writes until the file system refuses: every later write of the bot fails with "no space left".</summary>
        public void Fill()
        {
            var chunk = new byte[16 * 1024];
            using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
            try
            {
                while (true)
                {
                    filler.Write(chunk);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
                // Full.
            }

            // The last bytes of the last page, so nothing at all is left.
            try
            {
                for (var i = 0; i < chunk.Length; i++)
                {
                    filler.WriteByte(0);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
                // Full to the byte.
            }
        }

        public void Free() => File.Delete(Filler);

        public void Dispose()
        {
            Run("umount", "-l", Path);
            _mountPoint.Dispose();
        }
    }

    /// <summary>Makes <paramref name="folder"/> immutable (no file created, renamed or deleted in it, even by root) until dispose.</summary>
    public static IDisposable ReadOnlyFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        if (!Run("chattr", "+i", folder))
        {
            throw new InvalidOperationException("Cannot make a read-only folder: chattr (e2fsprogs) is missing or the file system refuses +i.");
        }

        return new Undo(() => Run("chattr", "-i", folder));
    }

    private static bool Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
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
        private Action? _undo = undo;

        public void Dispose()
        {
            _undo?.Invoke();
            _undo = null;
        }
    }
}
