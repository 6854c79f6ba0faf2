using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EventBot.Storage;

namespace EventBot.Benchmark.Processes;

/// <summary>
/// A bot started as its own process (<c>dotnet bot.dll --urls http://127.0.0.1:port</c>) with a database in a
/// fresh temp folder; killed and the folder removed on dispose.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(string dll, IReadOnlyDictionary<string, string> environment)
    {
        Folder = Directory.CreateTempSubdirectory("eventbot-bench-").FullName;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value.Replace("{folder}", Folder, StringComparison.Ordinal);
        }

        StartedAt = Stopwatch.GetTimestamp();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// EventBot with its state and sign-ups in LiteDB, its rate limits off (the benchmark is one address playing
    /// hundreds of people), and places enough for every sign-up of the run; <paramref name="settings"/> (environment
    /// variables) on top.
    /// </summary>
    public static BotProcess EventBot(IReadOnlyDictionary<string, string>? settings = null) => new(RepoPaths.EventBotDll, new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
    {
        ["ConnectionStrings__EventBot"] = $"Filename={{folder}}/eventbot.db;Connection={Mode}",
        ["EventBot__RateLimits__Enabled"] = "false",
        ["EventBot__SignUps__DefaultCapacity"] = "1000000",
        ["Logging__LogLevel__Default"] = "Warning",
    });

    /// <summary>The floor: a bare bot whose state is in LiteDB (<paramref name="storage"/> "litedb") or in memory ("memory").</summary>
    public static BotProcess Floor(string storage) => new(RepoPaths.FloorBotDll, new Dictionary<string, string>
    {
        ["Floor__Storage"] = storage,
        ["Floor__Database"] = $"Filename={{folder}}/floor.db;Connection={Mode}",
    });

    /// <summary>The LiteDB connection mode of the bot's default connection string, for both bots.</summary>
    public static string Mode { get; } = new LiteDB.ConnectionString(EventBotDatabase.DefaultConnectionString).Connection.ToString().ToLowerInvariant();

    public string Folder { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Stopwatch timestamp of the process start, for the cold start.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote (the last lines), to say why it failed.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The working set (resident memory) now, in MB.</summary>
    public double WorkingSetMb()
    {
        _process.Refresh();
        return _process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The size of the files in the bot's data folder (its database and the database's log), in MB.</summary>
    public double DataFilesMb() =>
        new DirectoryInfo(Folder).EnumerateFiles().Sum(file => file.Length) / (1024.0 * 1024.0);

    /// <summary>CPU time the process has used so far (user and system), all its threads.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Sends "bonjour" until the bot answers it; returns the time from the process start to that answer.</summary>
    public async Task<TimeSpan> WaitForFirstReplyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot stopped (exit code {_process.ExitCode}):\n{Output}");
            }

            try
            {
                using var content = new StringContent(
                    """{"type":"message","id":"1","channelId":"benchmark","serviceUrl":"http://127.0.0.1:9/","from":{"id":"ping"},"recipient":{"id":"bot"},"conversation":{"id":"ping"},"deliveryMode":"expectReplies","text":"bonjour"}""",
                    Encoding.UTF8,
                    "application/json");
                using var response = await client.PostAsync(new Uri(BaseAddress, "api/messages"), content);
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"text\"", StringComparison.Ordinal))
                {
                    return Stopwatch.GetElapsedTime(StartedAt);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"No reply within {timeout.TotalSeconds} s:\n{Output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 20_000)
            {
                _output.Remove(0, _output.Length - 10_000);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
