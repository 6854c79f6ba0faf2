namespace EventBot.Storage.Files;

/// <summary>
/// LiteDB's log (its write-ahead log), whose flushes to disk are made by a thread of its own.
/// </summary>
/// <remarks>
/// LiteDB writes each commit's pages to the log from the committing thread, then flushes the log to disk there too. Under
/// the database's write gate, that flush (0.5 to 3 ms on this machine) made up most of every write: the whole bot waited
/// for the disk once per commit. Here a flush asked by LiteDB is only counted; the flusher thread flushes for all the
/// commits that asked since its previous flush, at once for a caller that must know its commit is on disk (with
/// <see cref="StorageOptions.WaitForDisk"/>, a confirmed sign-up waits with <see cref="WaitUntilOnDisk"/> after releasing
/// the gate), otherwise within <see cref="LazyFlushDelay"/>. A commit's pages are in the operating system as soon as it
/// returns: killing the process loses none of them; a power cut may lose the commits of the last
/// <see cref="LazyFlushDelay"/> that nobody waited for.
/// </remarks>
internal sealed class LogFile : DatabaseFile
{
    /// <summary>How long a flush nobody waits for may be put off, to be made with the next ones.</summary>
    public static readonly TimeSpan LazyFlushDelay = TimeSpan.FromMilliseconds(100);

    private readonly object _flushes = new();
    private readonly Thread _flusher;

    /// <summary>Flushes asked so far (by LiteDB after writing pages).</summary>
    private long _asked;

    /// <summary>The value of <see cref="_asked"/> that the last flush to disk covered.</summary>
    private long _done;

    /// <summary>The largest value of <see cref="_asked"/> a caller is waiting for.</summary>
    private long _awaited;

    private Exception? _failure;
    private bool _closing;

    public LogFile(string path)
        : base(path)
    {
        _flusher = new Thread(FlushWhenAsked) { IsBackground = true, Name = "EventBot log flusher" };
        _flusher.Start();
    }

    /// <summary>Counts a flush asked by LiteDB, for the flusher; returns at once.</summary>
    public override void Flush()
    {
        lock (_flushes)
        {
            if (_asked++ == _done)
            {
                Monitor.PulseAll(_flushes);
            }
        }
    }

    /// <summary>The flushes asked so far: taken right after a commit, what <see cref="WaitUntilOnDisk"/> waits for.</summary>
    public long Asked
    {
        get
        {
            lock (_flushes)
            {
                return _asked;
            }
        }
    }

    /// <summary>The flushes asked that a flush to disk has covered so far.</summary>
    public long Flushed
    {
        get
        {
            lock (_flushes)
            {
                return _done;
            }
        }
    }

    /// <summary>Returns once a flush to disk has covered the first <paramref name="asked"/> flushes asked.</summary>
    /// <exception cref="IOException">A flush failed: what it should have covered may not be on disk.</exception>
    public void WaitUntilOnDisk(long asked)
    {
        lock (_flushes)
        {
            if (_done < asked && asked > _awaited)
            {
                _awaited = asked;
                Monitor.PulseAll(_flushes);
            }

            while (_done < asked && _failure is null)
            {
                Monitor.Wait(_flushes);
            }

            if (_done < asked)
            {
                throw new IOException($"The database's log could not be flushed to disk ({_failure!.Message}).", _failure);
            }
        }
    }

    /// <summary>
    /// Truncating the log ends a checkpoint, once LiteDB has copied it into the data file and flushed that: done at once,
    /// and to disk, as LiteDB does.
    /// </summary>
    public override void SetLength(long value)
    {
        base.SetLength(value);
        File.Flush(flushToDisk: true);
    }

    private void FlushWhenAsked()
    {
        while (true)
        {
            long asked;
            lock (_flushes)
            {
                while (_asked == _done && !_closing)
                {
                    Monitor.Wait(_flushes);
                }

                if (_asked == _done)
                {
                    return;
                }

                // Woken early by a caller waiting for it (or by closing).
                if (_awaited <= _done && !_closing)
                {
                    Monitor.Wait(_flushes, LazyFlushDelay);
                }

                asked = _asked;
            }

            try
            {
                File.Flush(flushToDisk: true);
            }
            catch (Exception failure)
            {
                // Whatever it is, the callers waiting must hear of it rather than wait for ever.
                lock (_flushes)
                {
                    _failure = failure;
                    Monitor.PulseAll(_flushes);
                }

                return;
            }

            lock (_flushes)
            {
                _done = asked;
                Monitor.PulseAll(_flushes);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_flushes)
            {
                _closing = true;
                Monitor.PulseAll(_flushes);
            }

            _flusher.Join();
        }

        base.Dispose(disposing);
    }
}
