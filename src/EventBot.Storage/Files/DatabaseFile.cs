namespace EventBot.Storage.Files;

/// <summary>
/// One of the two files of a LiteDB database (the data file, or its log), opened by EventBot and handed to LiteDB as a
/// stream, so that EventBot decides when writes reach the disk (see <see cref="LogFile"/>). LiteDB flushes a stream it
/// did not open with <see cref="Stream.Flush()"/>, which a <see cref="FileStream"/> takes as "to the operating system":
/// here it goes to the disk, as with the files LiteDB opens itself.
/// </summary>
internal class DatabaseFile(string path) : Stream
{
    /// <summary>
    /// Unbuffered: LiteDB writes whole pages, which must be in the operating system once written (they then survive the
    /// process being killed). Shared for reading only, as LiteDB opens its own files: another writer finds it locked.
    /// </summary>
    protected FileStream File { get; } = new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => File.Length;

    public override long Position
    {
        get => File.Position;
        set => File.Position = value;
    }

    public override void Flush() => File.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => File.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => File.Seek(offset, origin);

    public override void SetLength(long value) => File.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => File.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            File.Dispose();
        }

        base.Dispose(disposing);
    }
}
